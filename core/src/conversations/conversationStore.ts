import type { ConversationRef } from './conversation';

/** Storage port for the conversations the bot was installed in. */
export interface ConversationStore {
  /** Records (or refreshes) a conversation; keeps an existing community link. */
  save(ref: Omit<ConversationRef, 'communityId'>): Promise<void>;
  get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined>;
  /** Links a conversation to a community (or unlinks it with null). */
  link(tenantId: string, conversationId: string, communityId: string | null): Promise<void>;
  /** Marks a conversation inactive (the app was removed); its history stays. */
  deactivate(tenantId: string, conversationId: string, at: string): Promise<void>;
  /** Active conversations linked to a community. */
  linkedTo(tenantId: string, communityId: string): Promise<ConversationRef[]>;
  /** The active personal chat with a person, if the bot has one. */
  personal(tenantId: string, userId: string): Promise<ConversationRef | undefined>;
  /** Active linked conversations whose members are this roster: the conversation itself, or a channel of this team. */
  linkedVia(tenantId: string, conversationId: string, teamId: string | null): Promise<ConversationRef[]>;
  /** Records when a conversation's roster was last read in full (null: a read is owed). */
  markRosterSynced(tenantId: string, conversationId: string, at: string | null): Promise<void>;
  /** Every active linked conversation of every community (for the roster timer). */
  listLinked(): Promise<ConversationRef[]>;
}
