import type { PollView } from '../contract';
import type { Poll } from './poll';
import type { Tally } from './pollTally';

/** A poll as the API sends it; `results` is null while hidden from this reader. */
export function presentPoll(poll: Poll, tally: Tally, resultsVisible: boolean): PollView {
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
    results: resultsVisible ? { counts: tally.counts, mean: tally.mean, rounds: tally.rounds } : null,
  };
}
