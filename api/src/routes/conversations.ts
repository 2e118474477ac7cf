import { linkConversation, linkedConversations } from '@elan/core/commands/conversations';
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

/** `GET|POST /api/communities/{id}/conversations`: the linked channels; a facilitator links one (`{conversationId}`). */
export const conversationsRoute: Route = {
  name: 'conversations',
  methods: ['GET', 'POST'],
  route: 'communities/{id}/conversations',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET')
      return json(200, { conversations: (await linkedConversations(deps.stores, principal, communityId)).map(present) });
    const body = (await readJson(req)) as { conversationId?: unknown } | null;
    return json(200, present(await linkConversation(deps.stores, principal, communityId, body?.conversationId)));
  }),
};
