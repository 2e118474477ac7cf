import { linkConversation, linkedConversations } from '@elan/core/conversations/conversationCommands';
import type { ConversationLinkedView, ConversationListView } from '@elan/core/contract';
import { presentConversation } from '@elan/core/conversations/conversationView';
import { addNetworkChannel, readNetwork, removeNetworkChannel } from '@elan/core/conversations/widerNetwork';
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

/**
 * `GET|POST|DELETE /api/communities/{id}/network`: the community's wider network, channels the bot is in that
 * hear of its public notebooks (no roster is read from them); facilitators add or remove one (`{conversationId}`).
 */
export const networkRoute: Route = {
  name: 'network',
  methods: ['GET', 'POST', 'DELETE'],
  route: 'communities/{id}/network',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const refs =
      req.method === 'GET'
        ? await readNetwork(deps.stores, principal, communityId)
        : req.method === 'POST'
          ? await addNetworkChannel(deps.stores, principal, communityId, await readJson(req), deps.now())
          : await removeNetworkChannel(deps.stores, principal, communityId, await readJson(req));
    return json(200, { conversations: refs.map(presentConversation) } satisfies ConversationListView);
  }),
};
