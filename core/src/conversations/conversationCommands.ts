import type { Principal } from '../community/community';
import type { ConversationRef } from './conversation';
import { NotFoundError } from '../errors';
import type { Stores } from '../stores';
import { authorize } from '../community/access';
import { syncRosterOrOwe } from '../community/rosterSync';
import type { TeamRoster } from '../community/roster';

/**
 * Links a Teams conversation where the bot is installed (same tenant, still active) to a community, then
 * reads its team's (or chat's) roster into the community's members. A roster that cannot be read now is
 * owed (`rosterSynced: false`): the roster timer reads it later; the link stands either way.
 */
export async function linkConversation(
  stores: Stores,
  roster: TeamRoster,
  principal: Principal,
  communityId: string,
  conversationId: unknown,
  now: string,
): Promise<{ ref: ConversationRef; rosterSynced: boolean }> {
  await authorize(stores, principal, communityId, 'community.link');
  const ref =
    typeof conversationId === 'string' && conversationId.length <= 512
      ? await stores.conversations.get(principal.tenantId, conversationId)
      : undefined;
  if (!ref?.active) throw new NotFoundError();
  await stores.conversations.link(principal.tenantId, ref.conversationId, communityId);
  const linked: ConversationRef = { ...ref, communityId, rosterSyncedAt: null };
  return { ref: linked, rosterSynced: await syncRosterOrOwe(stores, roster, linked, now) };
}

/** The conversations linked to a community. */
export async function linkedConversations(stores: Stores, principal: Principal, communityId: string): Promise<ConversationRef[]> {
  await authorize(stores, principal, communityId, 'community.read');
  return stores.conversations.linkedTo(principal.tenantId, communityId);
}
