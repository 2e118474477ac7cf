import type { Locale } from '../../i18n/translate';
import type { ChartSpec } from './chartSpec';
import type { Words } from './format';

/**
 * A Word document described as plain data: what to say, not how Word encodes it. Core builds it (charter,
 * impact report) from stored data and the catalogs; the API turns it into .docx. Keeping the model pure lets
 * us test every sentence without unzipping anything, and keeps the docx library out of core.
 */
export interface DocumentModel {
  properties: DocumentProperties;
  cover: Cover;
  /** Top of every page after the cover. */
  runningHeader: string;
  /** Bottom of every page after the cover; `{page}` and `{pages}` become page-number fields. */
  runningFooter: string;
  blocks: Block[];
}

/** Document properties (File › Properties in Word). */
export interface DocumentProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
  /** BCP 47 tag written in the document properties and as the proofing language. */
  language: 'fr-CA' | 'en-CA';
  locale: Locale;
  /** When the document was generated, ISO 8601. */
  created: string;
}

/** The properties of a document titled "kind — name", made by Élan in the words' language at `now`. */
export function documentProperties(
  w: Words,
  kind: string,
  name: string,
  now: string,
  about: Pick<DocumentProperties, 'subject' | 'description' | 'keywords'>,
): DocumentProperties {
  return {
    title: `${kind} — ${name}`,
    subject: about.subject,
    creator: w.t('app.name'),
    description: about.description,
    keywords: about.keywords,
    language: w.locale === 'fr' ? 'fr-CA' : 'en-CA',
    locale: w.locale,
    created: now,
  };
}

export interface Cover {
  /** The kind of document, above the title (e.g. "Charter"). */
  kicker: string;
  title: string;
  subtitle: string;
  facts: { label: string; value: string }[];
  /** A short line at the bottom of the cover, e.g. who the copy is for. */
  note: string;
}

/** A run of text with optional emphasis. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TableColumn {
  title: string;
  /** Relative width; columns share the page width in proportion. */
  weight: number;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Inline[]; tone: 'normal' | 'quote' | 'note' | 'toComplete' }
  | { type: 'bullets'; items: string[] }
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; totals?: string[] }
  | { type: 'figure'; chart: ChartSpec; alt: string; caption: string }
  /** Word's table-of-contents field (filled in by Word, or by the writer from the headings). */
  | { type: 'tocField'; title: string }
  /** A contents list written as text, for readers that never update fields. */
  | { type: 'contents'; title: string; entries: { text: string; note: string }[] }
  | { type: 'pageBreak' };

/**
 * A document's blocks from its sections (each starting with its heading): Word's contents field, the same list as
 * text (for readers that never update fields), a page break, then the sections.
 */
export function contentsThenSections(titles: { toc: string; contents: string }, sections: Block[][]): Block[] {
  return [
    { type: 'tocField', title: titles.toc },
    {
      type: 'contents',
      title: titles.contents,
      entries: sections.map((s) => ({ text: s[0]?.type === 'heading' ? s[0].text : '', note: '' })),
    },
    { type: 'pageBreak' },
    ...sections.flat(),
  ];
}

/** A level-1 to level-3 heading. */
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, text });

/** A plain paragraph. */
export const paragraph = (text: string, tone: 'normal' | 'quote' | 'note' | 'toComplete' = 'normal'): Block => ({
  type: 'paragraph',
  runs: [{ text }],
  tone,
});

/** A paragraph that starts with a bold label ("Format: hybrid"). */
export const labelled = (label: string, text: string): Block => ({
  type: 'paragraph',
  runs: [{ text: label, bold: true }, { text: ` ${text}` }],
  tone: 'normal',
});

/** A bulleted list; empty items are dropped. */
export const bullets = (items: string[]): Block => ({ type: 'bullets', items: items.filter((i) => i.trim() !== '') });

/** A table whose columns are given as [title, weight] pairs. */
export const table = (columns: [string, number][], rows: string[][], totals?: string[]): Block => ({
  type: 'table',
  columns: columns.map(([title, weight]) => ({ title, weight })),
  rows,
  ...(totals ? { totals } : {}),
});

/** Every text the model would show, in reading order (for tests and privacy checks). */
export function modelTexts(model: DocumentModel): string[] {
  const out: string[] = [
    ...Object.values(model.properties),
    model.cover.kicker,
    model.cover.title,
    model.cover.subtitle,
    model.cover.note,
    model.runningHeader,
    model.runningFooter,
  ];
  for (const f of model.cover.facts) out.push(f.label, f.value);
  for (const b of model.blocks) {
    if (b.type === 'heading') out.push(b.text);
    else if (b.type === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else if (b.type === 'bullets') out.push(...b.items);
    else if (b.type === 'table') out.push(...b.columns.map((c) => c.title), ...b.rows.flat(), ...(b.totals ?? []));
    else if (b.type === 'figure') out.push(b.alt, b.caption, ...chartTexts(b.chart));
    else if (b.type === 'tocField') out.push(b.title);
    else if (b.type === 'contents') out.push(b.title, ...b.entries.flatMap((e) => [e.text, e.note]));
  }
  return out;
}

function chartTexts(chart: ChartSpec): string[] {
  switch (chart.kind) {
    case 'stakeholderMap':
      return [chart.xLabel, chart.yLabel, ...Object.values(chart.quadrantLabels), ...chart.nodes.map((n) => n.label)];
    case 'timeSeries':
      return [chart.yLabel, ...chart.series.map((s) => s.name)];
    case 'bars':
      return [chart.yLabel, ...chart.groups.flatMap((g) => [g.label, ...g.bars.map((b) => b.label)])];
    case 'radar':
      return [...chart.axes, ...chart.series.map((s) => s.name)];
  }
}
