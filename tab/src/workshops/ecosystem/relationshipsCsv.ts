import { foldWord, parseCsv, toCsv, unneutralise } from '@elan/core/csv/csv';
import { type EcosystemDraft, relationshipTypes } from '@elan/core/workshops/ecosystem';

type Relationship = NonNullable<EcosystemDraft['relationships']>[number];
type Stakeholder = NonNullable<EcosystemDraft['stakeholders']>[number];
type RelationshipType = (typeof relationshipTypes)[number];

/** Column ids, in file order; the header row uses them, so a file exported in French imports in English. */
export const relationshipColumns = ['from', 'to', 'type', 'strength'] as const;
type Column = (typeof relationshipColumns)[number];

/**
 * Relationships as CSV, one per row. Stakeholders are written by name (what a person reads and types in a
 * spreadsheet); the import takes a name or an id. Cells are neutralised against formula injection by `toCsv`.
 */
export function relationshipsToCsv(
  relationships: readonly Partial<Relationship>[],
  stakeholders: readonly Partial<Stakeholder>[],
  delimiter: ',' | ';' = ',',
): string {
  const names = new Map(stakeholders.map((s) => [s.id, s.name?.trim() || s.id || '']));
  const rows = relationships.map((r) => [
    r.from === undefined ? '' : (names.get(r.from) ?? r.from),
    r.to === undefined ? '' : (names.get(r.to) ?? r.to),
    r.type ?? '',
    r.strength === undefined ? '' : String(r.strength),
  ]);
  return toCsv([[...relationshipColumns], ...rows], delimiter);
}

/** Why a row was left out, by row number (the header is row 1). */
export interface RelationshipRowProblem {
  row: number;
  reason: 'columns' | 'unknownStakeholder' | 'ambiguousStakeholder' | 'sameStakeholder' | 'type' | 'strength' | 'full';
  value?: string;
}

export interface RelationshipImportResult {
  /** The relationships after the import: a known (from, to, type) gets the new strength, others are appended. */
  relationships: Relationship[];
  added: number;
  updated: number;
  problems: RelationshipRowProblem[];
  /** The header lacked required columns: nothing was imported. */
  missingColumns: string[];
}

/**
 * Reads relationships from CSV against the current stakeholders. A stakeholder is found by id, else by name
 * (accents and case ignored); an unknown or ambiguous name, an unknown type or a strength outside 1–3 is
 * reported with its row number and the row is left out.
 */
export function importRelationships(
  text: string,
  stakeholders: readonly Partial<Stakeholder>[],
  existing: readonly Relationship[],
  options: { typeWords: Record<string, RelationshipType>; max?: number },
): RelationshipImportResult {
  const max = options.max ?? 1000;
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => foldWord(unneutralise(h)));
  const index = Object.fromEntries(relationshipColumns.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
  const missingColumns = relationshipColumns.filter((c) => index[c] === -1);
  const result: RelationshipImportResult = { relationships: [...existing], added: 0, updated: 0, problems: [], missingColumns };
  if (missingColumns.length > 0) return result;

  const ids = new Set(stakeholders.flatMap((s) => (s.id ? [s.id] : [])));
  const byName = new Map<string, string[]>();
  for (const s of stakeholders) {
    if (!s.id || !s.name?.trim()) continue;
    const key = foldWord(s.name);
    byName.set(key, [...(byName.get(key) ?? []), s.id]);
  }
  const typeOf = (raw: string): RelationshipType | undefined =>
    (relationshipTypes as readonly string[]).includes(raw.trim()) ? (raw.trim() as RelationshipType) : options.typeWords[foldWord(raw)];

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => unneutralise(cells[index[c]] ?? '').trim();
    const problem = (reason: RelationshipRowProblem['reason'], value?: string) => result.problems.push({ row, reason, value });
    /** The stakeholder id a cell names, or a problem. */
    const resolve = (raw: string): string | RelationshipRowProblem['reason'] => {
      if (ids.has(raw)) return raw;
      const found = byName.get(foldWord(raw)) ?? [];
      return found.length === 1 ? found[0]! : found.length > 1 ? 'ambiguousStakeholder' : 'unknownStakeholder';
    };
    if (cells.length > header.length) return problem('columns', String(cells.length));
    const fromRaw = cell('from');
    const from = resolve(fromRaw);
    if (!ids.has(from)) return problem(from as RelationshipRowProblem['reason'], fromRaw);
    const toRaw = cell('to');
    const to = resolve(toRaw);
    if (!ids.has(to)) return problem(to as RelationshipRowProblem['reason'], toRaw);
    if (from === to) return problem('sameStakeholder', fromRaw);
    const type = typeOf(cell('type'));
    if (!type) return problem('type', cell('type'));
    const strengthRaw = cell('strength');
    const strength = Number(strengthRaw);
    if (strengthRaw === '' || !Number.isInteger(strength) || strength < 1 || strength > 3) return problem('strength', strengthRaw);

    const at = result.relationships.findIndex((r) => r.from === from && r.to === to && r.type === type);
    if (at >= 0) {
      result.relationships[at] = { from, to, type, strength };
      result.updated++;
    } else if (result.relationships.length >= max) {
      problem('full', String(max));
    } else {
      result.relationships.push({ from, to, type, strength });
      result.added++;
    }
  });
  return result;
}
