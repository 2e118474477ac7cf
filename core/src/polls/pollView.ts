import type { PollView } from '../contract';
import type { Poll } from './poll';
import type { PollReader } from './pollCommands';
import type { Tally } from './pollTally';

/** A poll as the API sends it to one reader; `results` is null while hidden from them. */
export function presentPoll(poll: Poll, tally: Tally, { resultsVisible, mayDecide }: PollReader): PollView {
  return {
    id: poll.id,
    status: poll.status,
    method: poll.method,
    question: poll.question,
    details: poll.details,
    options: poll.options,
    dots: poll.dots,
    voters: tally.voters,
    eligible: poll.eligible,
    quorumPct: poll.quorumPct,
    quorumMet: tally.quorumMet,
    anonymous: poll.anonymous,
    hideResultsUntilClose: poll.hideResultsUntilClose,
    closesAt: poll.closesAt,
    closedAt: poll.closedAt,
    decisionNumber: poll.decisionNumber,
    workshop: poll.workshop,
    decisionType: poll.decisionType ?? null,
    advice:
      poll.method === 'advice'
        ? {
            proposer: poll.createdBy,
            consulted: poll.consulted ?? [],
            given: tally.advice ?? [],
            verdict: poll.verdict ?? null,
            mayDecide,
          }
        : null,
    results: resultsVisible ? { counts: tally.counts, mean: tally.mean, rounds: tally.rounds } : null,
  };
}
