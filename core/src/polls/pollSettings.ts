import type { Role } from '../community/community';
import type { DecisionType } from '../decisions/decisionKinds';
import { amendmentRule, ballotRule, type MatrixRule, matrixRow, matrixRowOfKind, matrixRule, mayOpenPoll } from '../decisions/matrixRule';
import { DomainError, ForbiddenError, ValidationError } from '../errors';
import { can } from '../policies/can';
import type { abstentionMeanings, DecisionsDraft } from '../workshops/decisions';
import { type CreatePollInput, optionIssues, type PollMethod } from './poll';

/** What abstaining means in a poll (workshop 4): present for the quorum, or not counted at all. */
export type AbstentionMeaning = (typeof abstentionMeanings)[number];

/** Everything a new poll takes from its input, its decision-matrix row and workshop 4's general rules. */
export interface PollSettings {
  method: PollMethod;
  decisionType: DecisionType | null;
  quorumPct: number;
  votingDays: number;
  anonymous: boolean;
  hideResultsUntilClose: boolean;
  dots: number;
  reminderHoursBeforeClose: number;
  abstention: AbstentionMeaning;
  /** What an objection must contain, shown on the card where a member objects. */
  objectionRule: string | null;
}

// Used until the community has agreed its own rules in workshop 4.
const fallback = { quorumPct: 50, votingDays: 7 };

type Issue = { code: 'custom'; path: string[]; message: string; input: unknown; params: { key: string } };
const issue = (path: string, key: string, input: unknown): Issue => ({
  code: 'custom',
  path: [path],
  message: key,
  input,
  params: { key },
});

/**
 * The settings of a new poll. With a decision type, its matrix row decides method, quorum, period, anonymity and
 * hidden results (a different value in the input is refused, so a poll never quietly breaks the charter) and
 * whether `role` may open it. A charter poll without one follows the matrix's "charter" row, else workshop 4's
 * amendment rule (the charter changes as the charter says). Otherwise the input, then workshop 4's defaults.
 * Throws a ValidationError
 * (unknown type, values against the row, options wrong for the method) or a 403 DomainError.
 */
export function pollSettings(input: CreatePollInput, rules: DecisionsDraft, role: Role | undefined): PollSettings {
  const general = {
    reminderHoursBeforeClose: rules.defaults?.reminderHoursBeforeClose ?? 24,
    abstention: rules.abstentionMeaning ?? 'countsForQuorumOnly',
    objectionRule: rules.objectionRule?.trim() || null,
  } as const;
  const dots = Math.max(1, Math.min(20, Math.ceil((input.options?.length ?? 4) / 2) + 1));
  const charterRow = input.subject === 'charter' && !input.decisionType ? matrixRowOfKind(rules, 'charter') : undefined;
  const decisionType = input.decisionType ?? charterRow?.decisionType;
  const amendment = input.subject === 'charter' && !decisionType ? amendmentRule(rules) : undefined;
  if (amendment) return { ...general, ...checked(amendment, input, role), dots: input.dots ?? dots };
  if (!decisionType) {
    if (!can(role, 'poll.create')) throw new ForbiddenError();
    const method = input.method!;
    return {
      ...general,
      method,
      decisionType: null,
      quorumPct: input.quorumPct ?? rules.defaults?.quorumPct ?? fallback.quorumPct,
      votingDays: input.votingDays ?? rules.defaults?.votingDays ?? fallback.votingDays,
      ...ballotRule(rules, method, input),
      dots: input.dots ?? dots,
    };
  }
  const row = matrixRow(rules, decisionType);
  if (!row) throw new ValidationError([issue('decisionType', 'validation.unknownDecisionType', decisionType)]);
  const rule = matrixRule(rules, row);
  if ('problem' in rule) throw new ValidationError([issue('decisionType', rule.problem, decisionType)]);
  return { ...general, ...checked(rule, input, role), dots: input.dots ?? dots };
}

/** The rule's settings once `role` may open it and the input asks nothing against it (else throws). */
function checked(rule: MatrixRule, input: CreatePollInput, role: Role | undefined): Omit<MatrixRule, 'whoDecides'> {
  if (!mayOpenPoll(rule.whoDecides, role)) throw new DomainError(`poll.error.decidedBy.${rule.whoDecides}`, 403);
  const against = (['method', 'quorumPct', 'votingDays', 'anonymous', 'hideResultsUntilClose'] as const).filter(
    (field) => input[field] !== undefined && input[field] !== rule[field],
  );
  const problems = [...against.map((field) => issue(field, 'validation.againstMatrix', input[field])), ...optionIssues(rule.method, input)];
  if (problems.length) throw new ValidationError(problems as never);
  const { whoDecides: _, ...settings } = rule;
  return settings;
}
