import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import { DomainError, NotFoundError } from '../errors';
import type { Stores } from '../stores';
import type { ConversationRef } from './conversation';

/** The active channels of a community's wider network (those the bot was removed from are left out). */
export async function networkChannels(stores: Stores, tenantId: string, communityId: string): Promise<ConversationRef[]> {
  const ids = await stores.network.list(tenantId, communityId);
  const refs = await Promise.all(ids.map((id) => stores.conversations.get(tenantId, id)));
  return refs.filter((ref): ref is ConversationRef => !!ref?.active && ref.conversationType !== 'personal');
}

/** A conversation id from a request body; anything else is a 400. */
function conversationIdOf(input: unknown): string {
  const id = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['conversationId'] : undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 512) throw new DomainError('network.error.conversation', 400);
  return id;
}

/**
 * A facilitator adds a channel the bot is in to the community's wider network. A channel linked to the community
 * already hears everything, and a personal chat is one person's: both are refused.
 */
export async function addNetworkChannel(stores: Stores, principal: Principal, communityId: string, input: unknown, now: string) {
  await authorize(stores, principal, communityId, 'community.link');
  const ref = await stores.conversations.get(principal.tenantId, conversationIdOf(input));
  if (!ref?.active) throw new NotFoundError();
  if (ref.conversationType === 'personal') throw new DomainError('network.error.personal', 400);
  if (ref.communityId === communityId) throw new DomainError('network.error.alreadyLinked', 400);
  await stores.network.add(principal.tenantId, communityId, ref.conversationId, now);
  return networkChannels(stores, principal.tenantId, communityId);
}

/** A facilitator removes a channel from the wider network; removing one not there changes nothing. */
export async function removeNetworkChannel(stores: Stores, principal: Principal, communityId: string, input: unknown) {
  await authorize(stores, principal, communityId, 'community.link');
  await stores.network.remove(principal.tenantId, communityId, conversationIdOf(input));
  return networkChannels(stores, principal.tenantId, communityId);
}

/** The wider network as facilitators and members see it. */
export async function readNetwork(stores: Stores, principal: Principal, communityId: string) {
  await authorize(stores, principal, communityId, 'community.read');
  return networkChannels(stores, principal.tenantId, communityId);
}
