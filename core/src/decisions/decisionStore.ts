import type { DecisionRecord } from './decision';

/** Storage port for the decision log: append-only, numbered per community. */
export interface DecisionStore {
  /** Appends a decision and gives it the next number. */
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord>;
  /** All decisions, oldest first. */
  list(tenantId: string, communityId: string): Promise<DecisionRecord[]>;
}
