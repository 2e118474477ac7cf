import type { DecisionKind } from '@elan/core/decisions/decisionKinds';
import type { decisionMethods, deciders } from '@elan/core/workshops/decisions';

type Method = (typeof decisionMethods)[number];
type Decider = (typeof deciders)[number];

export interface Rule {
  method: Method;
  quorumPct: number;
  votingDays: number;
}

/** One-click rules from WORKSHOPS.md §4 (methods reference: quorum advice; presets: voting days). */
export const rulePresets = {
  consent: { method: 'consent', quorumPct: 50, votingDays: 7 },
  majority: { method: 'majority', quorumPct: 50, votingDays: 7 },
  adviceProcess: { method: 'adviceProcess', quorumPct: 0, votingDays: 3 },
} as const satisfies Record<string, Rule>;
export type RulePreset = keyof typeof rulePresets;

/** How the charter itself is amended, by default: consent, 60 % quorum, 10 days. */
export const charterAmendmentPreset: Rule = { method: 'consent', quorumPct: 60, votingDays: 10 };

/** The default rule and reminder of WORKSHOPS.md §4. */
export const defaultsPreset = { method: 'consent', quorumPct: 50, votingDays: 7, reminderHoursBeforeClose: 24 } as const;

/** The starter matrix (WORKSHOPS.md §4), each row named by a catalog key `tab.w4.starter.<key>`. */
export const starterRows: readonly { key: DecisionKind; whoDecides: Decider; rule: Rule }[] = [
  { key: 'purpose', whoDecides: 'allMembers', rule: { method: 'consent', quorumPct: 50, votingDays: 7 } },
  { key: 'charter', whoDecides: 'allMembers', rule: { method: 'consent', quorumPct: 60, votingDays: 10 } },
  { key: 'priorities', whoDecides: 'allMembers', rule: { method: 'dotVote', quorumPct: 40, votingDays: 5 } },
  { key: 'topics', whoDecides: 'allMembers', rule: { method: 'score', quorumPct: 0, votingDays: 3 } },
  { key: 'logistics', whoDecides: 'facilitator', rule: { method: 'adviceProcess', quorumPct: 0, votingDays: 3 } },
  { key: 'roles', whoDecides: 'allMembers', rule: { method: 'rankedChoice', quorumPct: 50, votingDays: 7 } },
  { key: 'deliverable', whoDecides: 'allMembers', rule: { method: 'consent', quorumPct: 50, votingDays: 7 } },
  { key: 'publish', whoDecides: 'coreGroup', rule: { method: 'consent', quorumPct: 50, votingDays: 5 } },
  { key: 'budget', whoDecides: 'coreGroup', rule: { method: 'adviceProcess', quorumPct: 0, votingDays: 5 } },
  { key: 'admit', whoDecides: 'facilitator', rule: { method: 'adviceProcess', quorumPct: 0, votingDays: 3 } },
  { key: 'closing', whoDecides: 'allMembers', rule: { method: 'consensus', quorumPct: 66, votingDays: 14 } },
  { key: 'urgent', whoDecides: 'facilitator', rule: { method: 'adviceProcess', quorumPct: 0, votingDays: 1 } },
];

export interface MatrixRow extends Partial<Rule> {
  decisionType?: string;
  kind?: DecisionKind;
  whoDecides?: Decider;
}

/**
 * The matrix with the starter rows it does not have yet (same decision type, ignoring case), up to `max` rows.
 * `name` gives each starter row's decision type in the reader's language.
 */
export function withStarterRows(rows: readonly MatrixRow[], name: (key: string) => string, max = 20): MatrixRow[] {
  const have = new Set(rows.map((r) => r.decisionType?.trim().toLocaleLowerCase()));
  const next = [...rows];
  for (const s of starterRows) {
    if (next.length >= max) break;
    const decisionType = name(s.key);
    if (have.has(decisionType.toLocaleLowerCase())) continue;
    // The kind stays when the community renames the row, so Élan still knows a deliverable from a charter change.
    next.push({ decisionType, kind: s.key, whoDecides: s.whoDecides, ...s.rule });
  }
  return next;
}

/** A row with a preset's method, quorum and voting period; its type and decider stay. */
export function applyPreset<R extends MatrixRow>(row: R, preset: RulePreset): R {
  return { ...row, ...rulePresets[preset] };
}
