import { linkConversation, linkedConversations } from '@elan/core/conversations/conversationCommands';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

const present = (ref: ConversationRef) => ({
  conversationId: ref.conversationId,
  conversationType: ref.conversationType,
  teamId: ref.teamId,
});

/**
 * `GET|POST /api/communities/{id}/conversations`: the linked channels; a facilitator links one
 * (`{conversationId}`), which reads its team's roster into the members (`rosterSynced: false` when owed).
 */
export const conversationsRoute: Route = {
  name: 'conversations',
  methods: ['GET', 'POST'],
  route: 'communities/{id}/conversations',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET')
      return json(200, { conversations: (await linkedConversations(deps.stores, principal, communityId)).map(present) });
    const body = (await readJson(req)) as { conversationId?: unknown } | null;
    const linked = await linkConversation(deps.stores, deps.roster, principal, communityId, body?.conversationId, deps.now());
    return json(200, { ...present(linked.ref), rosterSynced: linked.rosterSynced });
  }),
};
