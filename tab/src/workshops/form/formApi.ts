import type { DecisionKind } from '@elan/core/decisions/decisionKinds';
import type { Role } from '@elan/core/community/community';
import type { Locale } from '@elan/core/i18n/locale';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { ComponentType } from 'react';
import type { T } from '../../i18n/types';
import type { RefResolver } from './formatValue';
import type { WorkshopLabels } from './labels';

/** Everything a workshop form needs: the draft, path-based setters, validation messages and list operations. */
export interface FormApi {
  n: WorkshopNumber;
  communityId: string;
  role: Role;
  labels: WorkshopLabels;
  draft: Record<string, unknown>;
  readOnly: boolean;
  t: T;
  locale: Locale;
  /** The value at a path (`cadence.every`, `problems.0.statement`). */
  get(path: string): unknown;
  /** Sets the value at a path; `undefined` removes it (an unset choice, number or date). */
  set(path: string, value: unknown): void;
  /** Several changes as one edit (a preset filling three fields). */
  change(edit: (draft: Record<string, unknown>) => Record<string, unknown>): void;
  /** Validation messages for an exact path. */
  issuesAt(path: string): string[];
  /** Validation messages for a path and everything below it. */
  issuesUnder(path: string): string[];
  /** DOM id of the control for a path. */
  domId(path: string): string;
  /** The label of a path's last named part. */
  label(path: string): string;
  /** Appends an item to the list at `path`. */
  add(path: string, item: unknown): void;
  /** Removes item `index` of the list at `path`, with an undo offered for a few seconds. */
  remove(path: string, index: number): void;
  /** Removes item `index` of the list at `path` together with items elsewhere that refer to it, as one undoable step. */
  removeWith(path: string, index: number, related: (draft: Record<string, unknown>) => readonly { path: string; index: number }[]): void;
  /** Moves item `from` of the list at `path` to `to`. */
  move(path: string, from: number, to: number): void;
}

/** A poll the facilitator can post from a workshop ("ask the members"). */
export interface PollProposal {
  question: string;
  details?: string;
  method: 'consent' | 'dots';
  options?: string[];
  dots?: number;
  subject?: 'purpose' | 'decisionMatrix' | 'charter';
  /** The starter decision type the ask is, so the dialog starts on the matrix row of that kind. */
  decisionKind?: DecisionKind;
  /** Where the new poll's id is kept in the workshop, when the schema has a field for it. */
  storeIdAt?: string;
}

/** What makes a workshop: its labels, its form and, where the product asks for it, the poll it can post. */
export interface WorkshopDefinition {
  labels: WorkshopLabels;
  Form: ComponentType<{ form: FormApi }>;
  /** Names for references inside the draft (stakeholder ids), for the conflict dialog and history. */
  refs?(draft: Record<string, unknown>): RefResolver;
  /** The "ask the members" poll for the current draft; undefined when there is nothing to ask yet. */
  ask?(draft: Record<string, unknown>, t: T): { proposal: PollProposal | undefined; hint: string };
}
