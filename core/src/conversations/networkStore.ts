/**
 * Storage port for a community's wider network: channels (the bot installed there) that hear of its public
 * news, such as an approved notebook whose summary is public. Their members are not the community's: no roster
 * is ever read from them.
 */
export interface NetworkStore {
  add(tenantId: string, communityId: string, conversationId: string, at: string): Promise<void>;
  remove(tenantId: string, communityId: string, conversationId: string): Promise<void>;
  /** The conversation ids, in the order added. */
  list(tenantId: string, communityId: string): Promise<string[]>;
}
