import type { DecisionsDraft } from '../workshops/decisions';
import type { CreatePollInput, PollMethod } from './poll';

/** The settings a new poll takes when its creator does not say. */
export interface PollSettings {
  quorumPct: number;
  votingDays: number;
  anonymous: boolean;
  hideResultsUntilClose: boolean;
  dots: number;
  reminderHoursBeforeClose: number;
}

// Used until the community has agreed its own rules in workshop 4.
const fallback = { quorumPct: 50, votingDays: 7 };
const hiddenByDefault: readonly PollMethod[] = ['score', 'ranked', 'dots'];

/** Fills a poll's settings from the input, then the community's decision rules (workshop 4), then sensible defaults. */
export function pollSettings(input: CreatePollInput, rules: DecisionsDraft): PollSettings {
  return {
    quorumPct: input.quorumPct ?? rules.defaults?.quorumPct ?? fallback.quorumPct,
    votingDays: input.votingDays ?? rules.defaults?.votingDays ?? fallback.votingDays,
    anonymous: input.anonymous ?? rules.anonymityDefault === 'anonymousParticipationVisible',
    hideResultsUntilClose: input.hideResultsUntilClose ?? rules.hideResultsUntilClose ?? hiddenByDefault.includes(input.method),
    reminderHoursBeforeClose: rules.defaults?.reminderHoursBeforeClose ?? 24,
    dots: input.dots ?? Math.max(1, Math.min(20, Math.ceil((input.options?.length ?? 4) / 2) + 1)),
  };
}
