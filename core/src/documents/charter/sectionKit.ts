import { type Block, heading, labelled, paragraph } from './documentModel';
import type { Words } from './format';

/** The "to be completed" line that stands in for anything a workshop has not filled yet. */
export function toComplete(w: Words): Block {
  return paragraph(w.t('doc.toComplete'), 'toComplete');
}

/** A numbered subsection: its heading, then its blocks, or "to be completed" when it has none. */
export function subsection(w: Words, title: string, blocks: Block[]): Block[] {
  return [heading(2, title), ...(blocks.length > 0 ? blocks : [toComplete(w)])];
}

/**
 * A chapter: its heading, then its subsections; a chapter with nothing filled at all gets one short
 * "to be completed" paragraph instead of a column of empty subsections.
 */
export function chapter(w: Words, title: string, intro: Block[], subsections: [string, Block[]][]): Block[] {
  if (subsections.every(([, blocks]) => blocks.length === 0)) {
    return [heading(1, title), ...intro, paragraph(w.t('doc.chapterToComplete'), 'toComplete')];
  }
  return [heading(1, title), ...intro, ...subsections.flatMap(([t, blocks]) => subsection(w, t, blocks))];
}

/** Text or an empty-cell dash, so a table never shows "undefined". */
export function cell(text: string | number | undefined | null): string {
  if (text === undefined || text === null) return '—';
  const s = String(text).trim();
  return s === '' ? '—' : s;
}

/** Keeps only filled strings. */
export function filled(items: readonly (string | undefined | null)[] | undefined): string[] {
  return (items ?? []).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/** Whether a value holds anything a person typed (blank strings and empty lists or objects do not count). */
export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** The items of a list that hold anything a person typed. */
export function filledItems<T>(items: readonly T[] | undefined): T[] {
  return (items ?? []).filter(hasContent);
}

/** A paragraph that starts with a bold label and the language's colon ("Lieu : …", "Place: …"). */
export function field(w: Words, label: string, text: string): Block {
  return labelled(w.t('doc.label', { label }), text);
}
