import type { Principal } from '../community/community';
import type { ConversationRef } from '../conversations/conversation';
import { NotFoundError } from '../errors';
import type { Stores } from '../ports/stores';
import { authorize } from './access';

/** Links a Teams conversation where the bot is installed (same tenant, still active) to a community. */
export async function linkConversation(
  stores: Stores,
  principal: Principal,
  communityId: string,
  conversationId: unknown,
): Promise<ConversationRef> {
  await authorize(stores, principal, communityId, 'community.link');
  const ref =
    typeof conversationId === 'string' && conversationId.length <= 512
      ? await stores.conversations.get(principal.tenantId, conversationId)
      : undefined;
  if (!ref?.active) throw new NotFoundError();
  await stores.conversations.link(principal.tenantId, ref.conversationId, communityId);
  return { ...ref, communityId };
}

/** The conversations linked to a community. */
export async function linkedConversations(stores: Stores, principal: Principal, communityId: string): Promise<ConversationRef[]> {
  await authorize(stores, principal, communityId, 'community.read');
  return stores.conversations.linkedTo(principal.tenantId, communityId);
}
