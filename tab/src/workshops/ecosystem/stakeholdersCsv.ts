import { foldWord, parseCsv, toCsv, unneutralise } from '@elan/core/csv/csv';
import type { EcosystemDraft } from '@elan/core/workshops/ecosystem';
import { dispositions, stakeholderKinds } from '@elan/core/workshops/ecosystem';

type Stakeholder = NonNullable<EcosystemDraft['stakeholders']>[number];

/** Column ids, in file order; the header row uses them, so a file exported in French imports in English. */
export const stakeholderColumns = [
  'id',
  'name',
  'kind',
  'inTeams',
  'tags',
  'power',
  'interest',
  'disposition',
  'relationshipOwner',
  'notes',
] as const;
type Column = (typeof stakeholderColumns)[number];

/** Stakeholders as CSV; tags joined with `|`. */
export function stakeholdersToCsv(stakeholders: readonly Partial<Stakeholder>[], delimiter: ',' | ';' = ','): string {
  const rows = stakeholders.map((s) => [
    s.id ?? '',
    s.name ?? '',
    s.kind ?? '',
    s.inTeams === undefined ? '' : s.inTeams ? 'yes' : 'no',
    (s.tags ?? []).filter(Boolean).join('|'),
    s.power === undefined ? '' : String(s.power),
    s.interest === undefined ? '' : String(s.interest),
    s.disposition ?? '',
    s.relationshipOwner?.name ?? '',
    s.notes ?? '',
  ]);
  return toCsv([[...stakeholderColumns], ...rows], delimiter);
}

/** Why a row was left out: a catalog key and what it needs, by row number (the header is row 1). */
export interface RowProblem {
  row: number;
  reason:
    | 'columns'
    | 'name'
    | 'nameTooLong'
    | 'kind'
    | 'power'
    | 'interest'
    | 'disposition'
    | 'inTeams'
    | 'tags'
    | 'ownerTooLong'
    | 'notesTooLong'
    | 'duplicateId'
    | 'badId'
    | 'full';
  value?: string;
}

export interface ImportResult {
  /** The stakeholders after the import: updated ones in place, new ones appended. */
  stakeholders: Stakeholder[];
  added: number;
  updated: number;
  problems: RowProblem[];
  /** The header lacked required columns: nothing was imported. */
  missingColumns: string[];
}

/** Words a person may type instead of the ids (labels in either language), per column. */
export interface ImportVocabulary {
  kind: Record<string, (typeof stakeholderKinds)[number]>;
  disposition: Record<string, (typeof dispositions)[number]>;
}

const yes = new Set(['yes', 'oui', 'true', 'vrai', '1', 'y', 'o']);
const no = new Set(['no', 'non', 'false', 'faux', '0', 'n', '']);

function score(raw: string): number | undefined {
  const n = Number(raw.trim());
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/**
 * Reads stakeholders from CSV. Good rows are imported (a known id updates that stakeholder, otherwise a new one is
 * added, up to `max`); bad rows are reported with their row number and reason and left out.
 */
export function importStakeholders(
  text: string,
  existing: readonly Stakeholder[],
  options: { newId(): string; vocabulary: ImportVocabulary; max?: number },
): ImportResult {
  const max = options.max ?? 300;
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => foldWord(unneutralise(h)));
  const index = Object.fromEntries(stakeholderColumns.map((c) => [c, header.indexOf(c.toLowerCase())])) as Record<Column, number>;
  const missingColumns = (['name', 'kind', 'power', 'interest'] as const).filter((c) => index[c] === -1);
  const result: ImportResult = { stakeholders: [...existing], added: 0, updated: 0, problems: [], missingColumns };
  if (missingColumns.length > 0) return result;

  const kindOf = (raw: string) =>
    (stakeholderKinds as readonly string[]).includes(raw.trim())
      ? (raw.trim() as Stakeholder['kind'])
      : options.vocabulary.kind[foldWord(raw)];
  const dispositionOf = (raw: string) =>
    raw.trim() === ''
      ? 'unknown'
      : (dispositions as readonly string[]).includes(raw.trim())
        ? (raw.trim() as Stakeholder['disposition'])
        : options.vocabulary.disposition[foldWord(raw)];
  const seenIds = new Set<string>();

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => (index[c] === -1 ? '' : unneutralise(cells[index[c]] ?? ''));
    const problem = (reason: RowProblem['reason'], value?: string) => result.problems.push({ row, reason, value });
    if (cells.length > header.length) return problem('columns', String(cells.length));
    const name = cell('name').trim();
    if (!name) return problem('name');
    if (name.length > 100) return problem('nameTooLong');
    const kind = kindOf(cell('kind'));
    if (!kind) return problem('kind', cell('kind'));
    const power = score(cell('power'));
    if (power === undefined) return problem('power', cell('power'));
    const interest = score(cell('interest'));
    if (interest === undefined) return problem('interest', cell('interest'));
    const disposition = dispositionOf(cell('disposition'));
    if (!disposition) return problem('disposition', cell('disposition'));
    const teams = foldWord(cell('inTeams'));
    if (!yes.has(teams) && !no.has(teams)) return problem('inTeams', cell('inTeams'));
    const tags = cell('tags')
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
    if (tags.length > 8 || tags.some((t) => t.length > 30)) return problem('tags', cell('tags'));
    const owner = cell('relationshipOwner').trim();
    if (owner.length > 100) return problem('ownerTooLong');
    const notes = cell('notes').trim();
    if (notes.length > 300) return problem('notesTooLong');
    const id = cell('id').trim();
    if (id && (id.length > 36 || !/^[\w-]+$/.test(id))) return problem('badId', id);
    if (id && seenIds.has(id)) return problem('duplicateId', id);
    if (id) seenIds.add(id);

    const stakeholder = {
      id: id || options.newId(),
      name,
      kind,
      tags,
      power,
      interest,
      disposition,
      ...(teams === '' ? {} : { inTeams: yes.has(teams) }),
      ...(owner ? { relationshipOwner: { name: owner } } : {}),
      ...(notes ? { notes } : {}),
    } as Stakeholder;
    const at = id ? result.stakeholders.findIndex((s) => s.id === id) : -1;
    if (at >= 0) {
      result.stakeholders[at] = stakeholder;
      result.updated++;
    } else if (result.stakeholders.length >= max) {
      problem('full', String(max));
    } else {
      result.stakeholders.push(stakeholder);
      result.added++;
    }
  });
  return result;
}
