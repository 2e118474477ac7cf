/**
 * The decision types of workshop 4's starter matrix (WORKSHOPS.md §4). A matrix row may carry one, whatever
 * the community calls the row, so Élan can tell a deliverable's adoption from a charter change.
 */
export const decisionKinds = [
  'purpose',
  'charter',
  'priorities',
  'topics',
  'logistics',
  'roles',
  'deliverable',
  'publish',
  'budget',
  'admit',
  'closing',
  'urgent',
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** The matrix row a poll was opened under: its name as the community wrote it, and its starter type if any. */
export interface DecisionType {
  label: string;
  kind: DecisionKind | null;
}
