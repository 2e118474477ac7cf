import type { ConversationRef } from './conversation';
import type { Stores } from '../stores';

export interface LinkedChannelsProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
}

/** The active channels and group chats linked to a community: where its cards go (a personal chat is one person's, never a community's). */
export async function linkedChannels({ stores, tenantId, communityId }: LinkedChannelsProps): Promise<ConversationRef[]> {
  return (await stores.conversations.linkedTo(tenantId, communityId)).filter((ref) => ref.conversationType !== 'personal');
}

export interface ActiveConversationProps {
  stores: Stores;
  tenantId: string;
  conversationId: string;
}

/** A conversation the bot is still in, to replace a card it posted there; undefined once removed or unknown. */
export async function activeConversation({
  stores,
  tenantId,
  conversationId,
}: ActiveConversationProps): Promise<ConversationRef | undefined> {
  const ref = await stores.conversations.get(tenantId, conversationId);
  return ref?.active ? ref : undefined;
}
