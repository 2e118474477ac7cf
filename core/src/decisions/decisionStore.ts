import type { DecisionRecord } from './decision';
import type { OutcomeStatement } from './outcomeStatement';

/** Storage port for the decision log: append-only, numbered per community. */
export interface DecisionStore {
  /** Appends a decision and gives it the next number. */
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord>;
  /** All decisions, oldest first, each with its outcome statement and the statement's ETag when one is written. */
  list(tenantId: string, communityId: string): Promise<DecisionRecord[]>;
  /**
   * Writes decision `number`'s outcome statement if `etag` is the current statement's (null: none written yet);
   * 'conflict' when someone wrote it in between.
   */
  putStatement(
    tenantId: string,
    communityId: string,
    number: number,
    statement: OutcomeStatement,
    etag: string | null,
  ): Promise<{ etag: string } | 'conflict'>;
}
