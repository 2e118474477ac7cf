import type { EcosystemDraft } from '../workshops/ecosystem';
import { nomineeKey, type QuestionResult } from './surveyResults';

type Nominees = Extract<QuestionResult, { type: 'nominations' }>['nominees'];

/** The most proposals workshop 5 keeps (its schema's limit). */
const maxProposed = 300;
const maxReasons = 10;

/**
 * Adds snowball nominees to workshop 5 as proposed stakeholders: actors already on the map are skipped,
 * actors already proposed gain the new nominations, others are added, most nominated first.
 */
export function proposeStakeholders(
  data: EcosystemDraft,
  nominees: Nominees,
  newId: () => string,
): { data: EcosystemDraft; added: number } {
  const onMap = new Set((data.stakeholders ?? []).map((s) => nomineeKey(s.name ?? '')));
  const proposed = (data.proposedStakeholders ?? []).map((p) => ({ ...p, reasons: [...(p.reasons ?? [])] }));
  const byKey = new Map(proposed.map((p) => [nomineeKey(p.name ?? ''), p]));
  let added = 0;
  for (const n of nominees) {
    const key = nomineeKey(n.name);
    if (!key || onMap.has(key)) continue;
    const existing = byKey.get(key);
    if (existing) {
      existing.nominations = (existing.nominations ?? 0) + n.count;
      existing.reasons = [...existing.reasons, ...n.reasons].slice(0, maxReasons);
      continue;
    }
    if (proposed.length >= maxProposed) break;
    const entry = {
      id: newId(),
      name: n.name.slice(0, 100),
      kind: n.kind,
      nominations: n.count,
      reasons: n.reasons.map((r) => r.slice(0, 200)).slice(0, maxReasons),
    };
    proposed.push(entry);
    byKey.set(key, entry);
    added += 1;
  }
  proposed.sort((a, b) => (b.nominations ?? 0) - (a.nominations ?? 0) || (a.name ?? '').localeCompare(b.name ?? '', 'fr'));
  return { data: { ...data, proposedStakeholders: proposed }, added };
}
