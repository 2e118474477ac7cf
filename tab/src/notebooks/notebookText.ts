import type { NotebookListView, NotebookSummaryView } from '@elan/core/contract';
import type { MessageKey } from '@elan/core/i18n/fr';
import type { Locale } from '@elan/core/i18n/locale';
import type { NotebookRef } from '@elan/core/notebooks/notebook';
import { mainSeriesId } from '@elan/core/workshops/rituals';
import type { ConflictRow } from '../conflict/ConflictDialog';
import { diffFields } from '../conflict/diffFields';
import { formatCalendarDay } from '../i18n/formatDate';
import type { T } from '../i18n/types';
import { draftFields, type NotebookDraft, splitTags } from './notebookDraft';

/** Which meeting a notebook is about, in words: "Meeting of Tuesday, March 16, 2027", "Between meetings". */
export function refLabel(ref: NotebookRef, t: T, locale: Locale, seriesName?: string | null): string {
  if (ref.kind === 'between') return t('tab.notebooks.between');
  const date = formatCalendarDay(locale, ref.date, 'full');
  if (ref.seriesId === mainSeriesId) return t('tab.notebooks.meeting', { date });
  return t('tab.notebooks.meetingOf', { date, series: seriesName?.trim() || ref.seriesId });
}

/** A notebook's name in a list or a heading: its title, else which meeting it is about. */
export function notebookName(n: Pick<NotebookSummaryView, 'title' | 'ref'>, t: T, locale: Locale): string {
  return n.title.trim() || refLabel(n.ref, t, locale);
}

/** The label of each field of the draft, as the form and the conflict dialog show it. */
export const fieldLabelKeys: Record<keyof NotebookDraft, MessageKey> = {
  title: 'tab.notebooks.field.title',
  tags: 'tab.notebooks.field.tags',
  minutesText: 'tab.notebooks.field.minutesText',
  minutesUrl: 'tab.notebooks.field.minutesUrl',
  summary: 'tab.notebooks.field.summary',
  resources: 'tab.notebooks.resources.title',
  recordingUrl: 'tab.notebooks.field.recordingUrl',
  recordingConsent: 'tab.notebooks.field.recordingConsent',
};

/** One field's value as plain text for the conflict dialog (`conflict.empty` when there is nothing). */
export function fieldText(field: keyof NotebookDraft, draft: NotebookDraft, t: T): string {
  const empty = t('conflict.empty');
  switch (field) {
    case 'recordingConsent':
      return t(draft.recordingConsent ? 'tab.notebooks.yes' : 'tab.notebooks.no');
    case 'tags':
      return splitTags(draft.tags).join(', ') || empty;
    case 'resources': {
      const lines = draft.resources.map((r) =>
        [r.description.trim(), r.url.trim() || r.fileName.trim(), r.public ? t('tab.notebooks.resource.public.yes') : '']
          .filter(Boolean)
          .join(' — '),
      );
      return lines.filter(Boolean).join('\n') || empty;
    }
    default:
      return draft[field].trim() || empty;
  }
}

/** The fields that differ between my draft and the stored one, as the conflict dialog lists them. */
export function conflictRows(mine: NotebookDraft, theirs: NotebookDraft, t: T): ConflictRow[] {
  const fields = diffFields(
    mine as unknown as Record<string, unknown>,
    theirs as unknown as Record<string, unknown>,
    draftFields,
  ) as (keyof NotebookDraft)[];
  return fields.map((field) => ({
    field,
    label: t(fieldLabelKeys[field]),
    mine: fieldText(field, mine, t),
    theirs: fieldText(field, theirs, t),
  }));
}

/** The tags of a list's notebooks and resources added to those already known, sorted, each once (case aside). */
export function mergeTags(known: readonly string[], view: NotebookListView): string[] {
  const byFolded = new Map(known.map((k) => [k.toLocaleLowerCase(), k]));
  const found = [...view.notebooks.flatMap((n) => n.tags), ...view.resources.flatMap((r) => r.resource.tags)];
  for (const tag of found) if (!byFolded.has(tag.toLocaleLowerCase())) byFolded.set(tag.toLocaleLowerCase(), tag);
  return [...byFolded.values()].sort((a, b) => a.localeCompare(b));
}
