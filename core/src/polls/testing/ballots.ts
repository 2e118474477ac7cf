import type { Ballot } from '../ballot';
import { buildPoll } from '../buildPoll';
import type { Poll, PollMethod } from '../poll';
import { pollOutcome, type Tally, tallyPoll } from '../pollTally';

// Polls and ballots for the tally tests, one line per ballot kind.

/** A closed poll of `method` whose options have the ids given (labels are the ids). */
export const pollOf = (method: PollMethod, optionIds: string[] = [], overrides: Partial<Poll> = {}): Poll =>
  buildPoll(method, {
    options: optionIds.map((id) => ({ id, label: id })),
    status: 'closed',
    closedAt: '2026-05-08T12:00:00.000Z',
    ...overrides,
  });

/** `n` copies of a ballot. */
export const times = (n: number, ballot: Ballot): Ballot[] => Array.from({ length: n }, () => ({ ...ballot }));
/** `n` consent ballots giving `answer`. */
export const consent = (answer: 'agree' | 'concern' | 'object' | 'abstain', n = 1) => times(n, { method: 'consent', answer });
/** `n` single-choice ballots for one option. */
export const single = (optionId: string, n = 1) => times(n, { method: 'single', optionId });
/** `n` multiple-choice ballots for the same options. */
export const multiple = (optionIds: string[], n = 1) => times(n, { method: 'multiple', optionIds });
/** `n` fist-to-five ballots of one score. */
export const score = (value: number, n = 1) => times(n, { method: 'score', score: value });
/** `n` ballots ranking the options in the same order. */
export const ranked = (ranking: string[], n = 1) => times(n, { method: 'ranked', ranking });
/** `n` ballots putting their dots the same way. */
export const dots = (allocation: Record<string, number>, n = 1) => times(n, { method: 'dots', allocation });

/** Tallies and decides in one go. */
export function decide(poll: Poll, ballots: Ballot[]): { tally: Tally; outcome: ReturnType<typeof pollOutcome> } {
  const tally = tallyPoll(poll, ballots);
  return { tally, outcome: pollOutcome(poll, tally) };
}
