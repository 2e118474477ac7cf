import type { Role } from '../community/community';
import { foldWord } from '../csv/csv';
import type { PollMethod } from '../polls/poll';
import type { DecisionsDraft, deciders, decisionMethods } from '../workshops/decisions';
import type { DecisionKind, DecisionType } from './decisionKinds';

type Decider = (typeof deciders)[number];
type DecisionMethod = (typeof decisionMethods)[number];

/** The settings a poll of one decision type takes from its matrix row and workshop 4's general rules. */
export interface MatrixRule {
  /** The row's type; null for workshop 4's own charter-amendment rule, which has no row. */
  decisionType: DecisionType | null;
  whoDecides: Decider;
  method: PollMethod;
  quorumPct: number;
  votingDays: number;
  anonymous: boolean;
  hideResultsUntilClose: boolean;
}

/**
 * The poll method that runs a workshop-4 method. Consensus runs as a consent round (agree, concerns, objection
 * blocks), majority as a single choice, a sense check as fist-to-five; the advice process collects advice and
 * its proposer decides.
 */
const pollMethodOf: Record<DecisionMethod, PollMethod> = {
  consent: 'consent',
  consensus: 'consent',
  majority: 'single',
  senseCheck: 'score',
  score: 'score',
  rankedChoice: 'ranked',
  dotVote: 'dots',
  adviceProcess: 'advice',
};

// WORKSHOPS.md §4: results hidden until close for score, ranked and dot votes when workshop 4 does not say.
const hiddenByDefault: readonly PollMethod[] = ['score', 'ranked', 'dots'];

/** The matrix row named `decisionType` (accents, case and spaces folded), or undefined. */
export function matrixRow(rules: DecisionsDraft, decisionType: string) {
  const wanted = foldWord(decisionType);
  return (rules.decisionMatrix ?? []).find((row) => row.decisionType && foldWord(row.decisionType) === wanted);
}

/** The first matrix row of a starter kind (e.g. the row for charter changes), or undefined. */
export function matrixRowOfKind(rules: DecisionsDraft, kind: DecisionKind) {
  return (rules.decisionMatrix ?? []).find((row) => row.kind === kind && row.decisionType?.trim());
}

/** Why a matrix row cannot open a poll: the row is not filled in enough. */
export type MatrixRuleProblem = 'poll.error.rowIncomplete';

/** The rule a poll of this matrix row follows, or the reason the row cannot open one. */
export function matrixRule(
  rules: DecisionsDraft,
  row: NonNullable<ReturnType<typeof matrixRow>>,
): MatrixRule | { problem: MatrixRuleProblem } {
  if (!row.decisionType || !row.whoDecides || !row.method || row.quorumPct === undefined || !row.votingDays)
    return { problem: 'poll.error.rowIncomplete' };
  const method = pollMethodOf[row.method];
  return {
    decisionType: { label: row.decisionType.trim(), kind: row.kind ?? null },
    whoDecides: row.whoDecides,
    method,
    quorumPct: row.quorumPct,
    votingDays: row.votingDays,
    ...ballotRule(rules, method, row),
  };
}

/**
 * How a poll's ballots are cast and shown: as asked (by a matrix row, or a poll's input), else by workshop 4's
 * general rules. Advice is always given by name and read as it comes: the proposer weighs who said what.
 */
export function ballotRule(
  rules: DecisionsDraft,
  method: PollMethod,
  asked: { anonymous?: boolean | undefined; hideResultsUntilClose?: boolean | undefined } = {},
): { anonymous: boolean; hideResultsUntilClose: boolean } {
  if (method === 'advice') return { anonymous: false, hideResultsUntilClose: false };
  return {
    anonymous: asked.anonymous ?? rules.anonymityDefault === 'anonymousParticipationVisible',
    hideResultsUntilClose: asked.hideResultsUntilClose ?? rules.hideResultsUntilClose ?? hiddenByDefault.includes(method),
  };
}

/**
 * How the charter is changed once adopted, when the matrix has no "charter" row: workshop 4's amendment rule,
 * put to all members; undefined while that rule is not filled in.
 */
export function amendmentRule(rules: DecisionsDraft): MatrixRule | undefined {
  const rule = rules.charterAmendment;
  const method = rule?.method ? pollMethodOf[rule.method] : undefined;
  if (!rule || !method || rule.quorumPct === undefined || !rule.votingDays) return undefined;
  return {
    decisionType: null,
    whoDecides: 'allMembers',
    method,
    quorumPct: rule.quorumPct,
    votingDays: rule.votingDays,
    ...ballotRule(rules, method),
  };
}

/**
 * Who may put a decision of this type to the members. Élan knows roles, not the core or working group, so
 * the group-decided types are opened by facilitators (who run those groups' polls); a sponsor's decision may be
 * prepared by a poll its sponsor or a facilitator opens; "one person after seeking advice" lets any member
 * consult the others.
 */
export function mayOpenPoll(whoDecides: Decider, role: Role | undefined): boolean {
  if (!role) return false;
  switch (whoDecides) {
    case 'allMembers':
    case 'coreGroup':
    case 'workingGroup':
    case 'facilitator':
      return role === 'facilitator';
    case 'sponsor':
      return role === 'facilitator' || role === 'sponsor';
    case 'individualWithAdvice':
      return role === 'facilitator' || role === 'member';
  }
}
