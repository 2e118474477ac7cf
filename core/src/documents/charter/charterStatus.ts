import type { DecisionRecord } from '../../decisions/decision';
import type { Words } from './format';
import type { WorkshopInput } from './workshopData';

/** Where the charter stands: never adopted, adopted as it is, or changed since its adoption. */
export type CharterStatus =
  | { kind: 'draft' }
  | { kind: 'adopted'; decision: DecisionRecord }
  /** `since`: when the text stopped being the adopted one (the earliest save after the adoption Élan still sees). */
  | { kind: 'amendedSinceAdoption'; decision: DecisionRecord; since: string };

/**
 * The charter is adopted by the latest decision with subject "charter" and outcome "adopted". A workshop
 * saved after that decision means the text now differs from what was adopted, so it is a draft again.
 */
export function charterStatus(decisions: readonly DecisionRecord[], workshops: readonly WorkshopInput[]): CharterStatus {
  const adoption = decisions
    .filter((d) => d.subject === 'charter' && d.outcome === 'adopted')
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.number - b.number)
    .at(-1);
  if (!adoption) return { kind: 'draft' };
  const changes = workshops.flatMap((w) => (w.updatedAt !== null && w.updatedAt > adoption.decidedAt ? [w.updatedAt] : [])).sort();
  return changes.length
    ? { kind: 'amendedSinceAdoption', decision: adoption, since: changes[0]! }
    : { kind: 'adopted', decision: adoption };
}

/** The status as the cover shows it. */
export function statusText(w: Words, status: CharterStatus): string {
  if (status.kind === 'draft') return w.t('doc.status.draft');
  const params = { date: w.date(status.decision.decidedAt), n: status.decision.number };
  return status.kind === 'adopted'
    ? w.t('doc.status.adopted', params)
    : w.t('doc.status.amended', { ...params, since: w.date(status.since) });
}
