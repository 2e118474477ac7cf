/** Storage port for erasing a community: every row of it, in every table. */
export interface EraseStore {
  /** Deletes the community and all its data (workshops, history, polls, ballots, decisions, compass, links, index rows). */
  eraseCommunity(tenantId: string, communityId: string): Promise<{ rows: number }>;
}
