import { z } from 'zod';
import type { Author } from '../community/author';
import type { Principal, Role } from '../community/community';
import { DomainError, ForbiddenError } from '../errors';
import { can } from '../policies/can';
import { parseInput } from '../validation/parseInput';
import type { Poll } from './poll';

/** Body of `POST …/polls/{pollId}/close` for an advice process: the proposer's decision and its rationale. */
export const adviceVerdictInput = z.strictObject({
  outcome: z.enum(['adopted', 'rejected']),
  rationale: z.string().trim().min(1).max(1000),
});

/** What the proposer of an advice process decided, why, and who recorded it. */
export interface AdviceVerdict {
  outcome: 'adopted' | 'rejected';
  rationale: string;
  by: Author;
}

/** Whether this person decides the advice process: its proposer, or a facilitator standing in. */
export function mayDecideAdvice(poll: Poll, userId: string, role: Role | undefined): boolean {
  return userId === poll.createdBy.userId || can(role, 'poll.close');
}

/**
 * The verdict closing an advice process: only its proposer (or a facilitator, standing in) decides, and says why.
 * A deadline alone never decides one (409 without a person).
 */
export function adviceVerdict(poll: Poll, principal: Principal | undefined, role: Role | undefined, input: unknown): AdviceVerdict {
  if (!principal) throw new DomainError('poll.error.adviceNeedsDecider', 409);
  if (!mayDecideAdvice(poll, principal.userId, role)) throw new ForbiddenError();
  const { outcome, rationale } = parseInput(adviceVerdictInput, input);
  return { outcome, rationale, by: { userId: principal.userId, name: principal.name } };
}
