import { linkConversation, linkedConversations } from '@elan/core/conversations/conversationCommands';
import type { ConversationLinkedView, ConversationListView } from '@elan/core/contract';
import { presentConversation } from '@elan/core/conversations/conversationView';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

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
      return json(200, {
        conversations: (await linkedConversations(deps.stores, principal, communityId)).map(presentConversation),
      } satisfies ConversationListView);
    const body = (await readJson(req)) as { conversationId?: unknown } | null;
    const linked = await linkConversation(deps.stores, deps.roster, principal, communityId, body?.conversationId, deps.now());
    return json(200, { ...presentConversation(linked.ref), rosterSynced: linked.rosterSynced } satisfies ConversationLinkedView);
  }),
};
