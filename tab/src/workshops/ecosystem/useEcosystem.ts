import type { EcosystemDraft } from '@elan/core/workshops/ecosystem';
import type { FormApi } from '../form/formApi';

export type Stakeholder = NonNullable<EcosystemDraft['stakeholders']>[number];
export type Relationship = NonNullable<EcosystemDraft['relationships']>[number];

/** The two lists every view of the ecosystem draws from, as `ecosystemOf` reads them from the draft. */
export interface EcosystemLists {
  stakeholders: readonly Partial<Stakeholder>[];
  relationships: readonly Partial<Relationship>[];
}

/** A fresh id for a stakeholder (the schema allows 36 characters: a UUID). */
export function newStakeholderId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// One empty list, so "nothing yet" keeps the same identity between renders (memoised views depend on it).
const none: never[] = [];

/** The stakeholders, relationships and plan of the draft, with a name for each id. */
export function ecosystemOf(form: FormApi) {
  const draft = form.draft as EcosystemDraft;
  const stakeholders = (draft.stakeholders ?? none) as Partial<Stakeholder>[];
  const relationships = (draft.relationships ?? none) as Partial<Relationship>[];
  const names = new Map(stakeholders.map((s, i) => [s.id, s.name?.trim() || form.t('tab.w5.unnamed', { n: i + 1 })]));
  const nameOf = (id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? form.t('tab.w5.unknownStakeholder')));
  return { draft, stakeholders, relationships, nameOf };
}

/** Items elsewhere that name a stakeholder: removed with it, and put back with it on undo. */
export function referencesTo(draft: EcosystemDraft, id: string | undefined): { path: string; index: number }[] {
  if (!id) return [];
  const refs: { path: string; index: number }[] = [];
  (draft.relationships ?? []).forEach((r, index) => {
    if (r.from === id || r.to === id) refs.push({ path: 'relationships', index });
  });
  (draft.engagementPlan ?? []).forEach((p, index) => {
    if (p.stakeholderId === id) refs.push({ path: 'engagementPlan', index });
  });
  return refs;
}
