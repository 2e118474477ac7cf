import type { ConversationRef } from './conversation';
import type { Stores } from '../stores';

export interface RememberConversationProps {
  stores: Stores;
  /** Where the bot is, as Teams described it on this turn. */
  ref: Omit<ConversationRef, 'communityId'>;
}

/** Records (or refreshes) a conversation the bot is in, keeping its community link: service URLs change, later posts need the latest. */
export async function rememberConversation({ stores, ref }: RememberConversationProps): Promise<void> {
  await stores.conversations.save(ref);
}

export interface ForgetConversationProps {
  stores: Stores;
  tenantId: string;
  conversationId: string;
  now: string;
}

/** Marks a conversation the bot was removed from as inactive: nothing is posted there any more, its history stays. */
export async function forgetConversation({ stores, tenantId, conversationId, now }: ForgetConversationProps): Promise<void> {
  await stores.conversations.deactivate(tenantId, conversationId, now);
}

export interface PersonalChatProps {
  stores: Stores;
  tenantId: string;
  userId: string;
}

/** The bot's active personal chat with a person, when it has one. */
export async function personalChatOf({ stores, tenantId, userId }: PersonalChatProps): Promise<ConversationRef | undefined> {
  return stores.conversations.personal(tenantId, userId);
}
