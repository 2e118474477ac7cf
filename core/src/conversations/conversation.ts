/** Where the bot can post: a Teams channel, group chat or personal chat it was installed in. */
export interface ConversationRef {
  tenantId: string;
  conversationId: string;
  conversationType: 'channel' | 'groupChat' | 'personal';
  /** The Bot Connector endpoint for this conversation (from the activity that introduced it). */
  serviceUrl: string;
  channelId: string;
  bot: { id: string; name: string };
  /** The team, for channels. */
  teamId: string | null;
  /** The person, for personal chats (Entra object id). */
  userId: string | null;
  /** The community whose channel this is, once a facilitator linked it. */
  communityId: string | null;
  /** When its roster was last read in full into the linked community; null while a read is owed. */
  rosterSyncedAt?: string | null;
  /** False once the app was removed from the conversation. */
  active: boolean;
  updatedAt: string;
}

/** A channel's conversation id without the thread suffix Teams adds to activities inside a thread. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0]!;
}
