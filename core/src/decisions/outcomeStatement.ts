import { z } from 'zod';
import type { Author } from '../community/author';

/** Body of `PUT …/decisions/{number}/statement`: the outcome in the facilitator's words, and when to review it. */
export const outcomeStatementInput = z.strictObject({
  text: z.string().trim().min(1).max(1000),
  /** A calendar day (YYYY-MM-DD) when the group looks at the decision again; null or absent: no review. */
  reviewOn: z.iso.date().nullable().optional(),
});

/**
 * What the group decided, written by a facilitator once the poll closed (Loomio's practice: the count says who
 * won, the statement says what it means and what happens next).
 */
export interface OutcomeStatement {
  text: string;
  reviewOn: string | null;
  by: Author;
  at: string;
}

/** The decisions whose review date has come (on or before `today`, YYYY-MM-DD), earliest review first. */
export function decisionsDueForReview<D extends { statement?: OutcomeStatement | null }>(decisions: readonly D[], today: string): D[] {
  return decisions
    .filter((d) => d.statement?.reviewOn && d.statement.reviewOn <= today)
    .sort((a, b) => a.statement!.reviewOn!.localeCompare(b.statement!.reviewOn!));
}
