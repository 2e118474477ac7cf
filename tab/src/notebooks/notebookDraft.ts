import type { NotebookView } from '@elan/core/contract';
import type { Locale } from '@elan/core/i18n/locale';
import { notebookInput } from '@elan/core/notebooks/notebook';
import { type FieldIssue, fieldIssues } from '@elan/core/validation/issueMessages';

/** One resource as the form edits it: tags as the text typed ("outils, triage"). */
export interface ResourceDraft {
  id: string;
  url: string;
  fileName: string;
  description: string;
  tags: string;
  public: boolean;
}

/**
 * A notebook as the form edits it: flat text fields, so that typing (a comma in the tags, a link half typed) is
 * never rewritten under the cursor; `inputOf` turns it into what the API takes.
 */
export interface NotebookDraft {
  title: string;
  tags: string;
  minutesText: string;
  minutesUrl: string;
  summary: string;
  resources: ResourceDraft[];
  recordingUrl: string;
  recordingConsent: boolean;
}

/** The draft's fields in the order the form shows them (the conflict dialog's order too). */
export const draftFields = [
  'title',
  'tags',
  'minutesText',
  'minutesUrl',
  'summary',
  'resources',
  'recordingUrl',
  'recordingConsent',
] as const satisfies readonly (keyof NotebookDraft)[];

/** Tags typed with commas: trimmed, blanks dropped, the same tag (accents and case aside) kept once. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    const folded = tag
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
    if (tag && !seen.has(folded)) {
      seen.add(folded);
      out.push(tag);
    }
  }
  return out;
}

export const joinTags = (tags: readonly string[]): string => tags.join(', ');

/** The form's draft of a stored notebook. */
export function draftOf(view: NotebookView): NotebookDraft {
  return {
    title: view.title,
    tags: joinTags(view.tags),
    minutesText: view.minutes.text,
    minutesUrl: view.minutes.url ?? '',
    summary: view.summary,
    resources: view.resources.map((r) => ({
      id: r.id,
      url: r.url ?? '',
      fileName: r.fileName ?? '',
      description: r.description,
      tags: joinTags(r.tags),
      public: r.public,
    })),
    recordingUrl: view.recording?.url ?? '',
    recordingConsent: view.recording?.consent ?? false,
  };
}

const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() ? ({ [key]: value.trim() } as Record<K, string>) : {};

/** What the API takes (`notebookInput`): empty links left out, tags split, a recording only once begun. */
export function inputOf(draft: NotebookDraft): Record<string, unknown> {
  const recording =
    draft.recordingUrl.trim() || draft.recordingConsent
      ? { recording: { url: draft.recordingUrl.trim(), consent: draft.recordingConsent } }
      : {};
  return {
    title: draft.title,
    tags: splitTags(draft.tags),
    minutes: { text: draft.minutesText, ...optional('url', draft.minutesUrl) },
    summary: draft.summary,
    resources: draft.resources.map((r) => ({
      id: r.id,
      ...optional('url', r.url),
      ...optional('fileName', r.fileName),
      description: r.description,
      tags: splitTags(r.tags),
      public: r.public,
    })),
    ...recording,
  };
}

/** The problems core's own schema finds in the draft, by the API's paths (`resources.0.description`), in `locale`. */
export function draftIssues(draft: NotebookDraft, locale: Locale): FieldIssue[] {
  const parsed = notebookInput.safeParse(inputOf(draft));
  return parsed.success ? [] : fieldIssues(parsed.error.issues, locale);
}

const idAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new resource id (`[a-z0-9]{1,16}`, what the API accepts), not one of `taken`. */
export function newResourceId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    let id = 'r';
    for (let i = 0; i < 9; i++) id += idAlphabet[Math.floor(random() * idAlphabet.length)] ?? 'a';
    if (!taken.includes(id)) return id;
  }
}

/** An empty resource to fill in. */
export function emptyResource(taken: readonly string[]): ResourceDraft {
  return { id: newResourceId(taken), url: '', fileName: '', description: '', tags: '', public: false };
}
