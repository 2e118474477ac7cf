import { type CsvValue, writeCsv } from '@elan/core/csv/csv';
import type { exportCommunity } from '@elan/core/privacy/privacyCommands';
import { type ZipFile, writeZip } from './zipWriter';

/** What `exportCommunity` returns. */
export type CommunityExport = Awaited<ReturnType<typeof exportCommunity>>;

type Row = Record<string, CsvValue>;

/**
 * One CSV row from a record: nested objects become `parent.child` columns (one level, e.g.
 * `generatedBy.name`); deeper values and arrays stay JSON in their cell, as do the keys in `asJson`.
 */
function flatten(record: object, asJson: readonly string[] = []): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && !asJson.includes(key)) {
      for (const [inner, v] of Object.entries(value)) row[`${key}.${inner}`] = v as CsvValue;
    } else {
      row[key] = value as CsvValue;
    }
  }
  return row;
}

/** The export as one CSV per table, by file name. */
export function exportTables(data: CommunityExport): Record<string, Row[]> {
  return {
    'community.csv': [flatten(data.community)],
    'members.csv': data.members.map((m) => flatten(m)),
    'workshops.csv': data.workshops.map((w) => flatten({ n: w.n, version: w.version, updatedAt: w.updatedAt, data: w.data }, ['data'])),
    'workshop-versions.csv': data.workshops.flatMap((w) => w.versions.map((v) => flatten({ n: w.n, ...v }))),
    'polls.csv': data.polls.map((p) => flatten(p, ['counts'])),
    'decisions.csv': data.decisions.map((d) => flatten(d, ['counts'])),
    'compass-runs.csv': data.compassRuns.map((r) => flatten(r)),
    'documents.csv': [...data.documents.charter, ...data.documents.impactReport].map((d) => flatten(d)),
    'linked-conversations.csv': data.linkedConversations.map((c) => flatten(c)),
    'surveys.csv': data.surveys.map((v) => flatten(v, ['items', 'results', 'createdBy'])),
    'meetings.csv': data.meetings.map((m) => flatten(m, ['posted', 'capture'])),
  };
}

/**
 * The community export as a ZIP: `export.json` (everything, as the JSON export) plus one CSV per table,
 * with formula-looking cells neutralised so opening them in a spreadsheet runs nothing.
 */
export function exportZip(data: CommunityExport): Buffer {
  const files: ZipFile[] = [{ name: 'export.json', data: Buffer.from(JSON.stringify(data, null, 2), 'utf8') }];
  for (const [name, rows] of Object.entries(exportTables(data))) files.push({ name, data: Buffer.from(writeCsv(rows), 'utf8') });
  return writeZip(files, new Date(data.exportedAt));
}
