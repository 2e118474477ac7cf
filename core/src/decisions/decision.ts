import type { DecisionType } from './decisionKinds';
import type { OutcomeStatement } from './outcomeStatement';

/** One entry of a community's decision log (registre des décisions). */
export interface DecisionRecord {
  /** Sequential number within the community (decision N), starting at 1. */
  number: number;
  /** The poll that took the decision, if any. */
  pollId: string | null;
  question: string;
  /** The decision method used (a poll method, or a workshop-4 method for decisions taken outside a poll). */
  method: string;
  quorumPct: number;
  quorumMet: boolean;
  /** Distinct people who answered. */
  voters: number;
  /** People who could answer when the poll opened. */
  eligible: number;
  /** Counts per option or answer, by option id or answer key. */
  counts: Record<string, number>;
  /** What the group decided. */
  outcome: 'adopted' | 'rejected' | 'noQuorum' | 'chosen';
  /** A short human summary of the result (e.g. the winning option's label). */
  result: string;
  /** What the decision adopted, when it adopted a part of the charter. */
  subject: 'charter' | 'purpose' | 'decisionMatrix' | null;
  /** The workshop the decision adopted (or not), and the version that was put to the group. */
  workshop?: number | null;
  workshopVersion?: number | null;
  /** The decision-matrix row the poll was opened under (absent in decisions recorded before types existed). */
  decisionType?: DecisionType | null;
  decidedAt: string;
  /** The facilitator's outcome statement, kept beside the log entry (which never changes); absent until written. */
  statement?: OutcomeStatement | null;
  /** The statement's version, for If-Match when it is rewritten. */
  statementEtag?: string;
}
