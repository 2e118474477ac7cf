import { z } from 'zod';
import type { Author } from '../community/author';
import { webLink } from '../rituals/meeting';
import { type MeetingFormat, mainSeriesId } from '../workshops/rituals';

/** A short word members file things under ("triage", "outils"); compared accents and case folded. */
const tag = z.string().trim().min(1).max(40);
const tags = z.array(tag).max(10);
/** The ids of list items the tab draws, so a concurrent edit of one resource is told apart from another. */
const itemId = z.string().regex(/^[a-z0-9]{1,16}$/);

/** One resource shared at or between meetings: a link or a file name, what it is, and whether sponsors may see it. */
export const resourceInput = z
  .strictObject({
    id: itemId,
    url: webLink.optional(),
    fileName: z.string().trim().max(200).optional(),
    description: z
      .string()
      .trim()
      .max(150)
      .refine((v) => v !== '', { params: { key: 'notebook.save.descriptionRequired' } }),
    tags: z.array(tag).max(5).default([]),
    public: z.boolean().default(false),
  })
  .refine((r) => Boolean(r.url || r.fileName), { params: { key: 'notebook.validation.resourceTarget' }, path: ['url'] });

/** What members write in a notebook (the note-taker drafts; anyone may take over). */
export const notebookInput = z.strictObject({
  title: z.string().trim().max(120).default(''),
  tags: tags.default([]),
  /** The detailed minutes: text and/or a link; members only, or the core group where workshop 3 says so. */
  minutes: z.strictObject({ text: z.string().max(20_000).default(''), url: webLink.optional() }).default({ text: '' }),
  /** The one-page summary: visibility as workshop 3 says (members, organisation, public). */
  summary: z.string().max(3_500).default(''),
  resources: z.array(resourceInput).max(100).default([]),
  /** A recorded talk: members only, and only with the speakers' consent. */
  recording: z
    .strictObject({
      url: webLink.refine((v) => v !== '', { params: { key: 'rituals.error.invalidLink' } }),
      consent: z.boolean().refine((v) => v, { params: { key: 'notebook.validation.recordingConsent' } }),
    })
    .optional(),
});
export type NotebookContent = z.output<typeof notebookInput>;
export type NotebookResource = z.output<typeof resourceInput> & { sharedBy: Author; sharedAt: string };

/** Which notebook: the one of a meeting (its series and date), or the community's "between meetings" notebook. */
export type NotebookRef = { kind: 'between' } | { kind: 'meeting'; seriesId: string; date: string };

/** One notebook as stored. */
export interface Notebook {
  id: string;
  ref: NotebookRef;
  /** The meeting's format, when it is a meeting's notebook and its series says. */
  format: MeetingFormat | null;
  title: string;
  tags: string[];
  minutes: { text: string; url?: string };
  summary: string;
  resources: NotebookResource[];
  recording?: { url: string; consent: boolean };
  status: 'draft' | 'approved';
  /** Who drafted it first (the note-taker, usually). */
  capturedBy: Author | null;
  /** Who took the draft over from the named note-taker, when someone did. */
  takenOverBy: Author | null;
  approvedBy: Author | null;
  approvedAt: string | null;
  /** When its first approval was announced in the channels; a later approval is not announced again. */
  announcedAt: string | null;
  updatedAt: string;
  updatedBy: Author | null;
  etag: string;
}

export const betweenNotebookId = 'between';

/** The URL-safe id of a notebook: `between`, or `m20270310` (main series) / `m20270310-demi` for a meeting. */
export function notebookIdOf(ref: NotebookRef): string {
  if (ref.kind === 'between') return betweenNotebookId;
  const day = ref.date.replaceAll('-', '');
  return ref.seriesId === mainSeriesId ? `m${day}` : `m${day}-${ref.seriesId}`;
}

/** The notebook an id names, or undefined for an id no notebook can have. */
export function parseNotebookId(id: string): NotebookRef | undefined {
  if (id === betweenNotebookId) return { kind: 'between' };
  const m = /^m(\d{4})(\d{2})(\d{2})(?:-([a-z0-9]{1,16}))?$/.exec(id);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!z.iso.date().safeParse(date).success) return undefined;
  return { kind: 'meeting', seriesId: m[4] ?? mainSeriesId, date };
}

/** A notebook as it is first opened: nothing written, a draft, nobody named yet. */
export function emptyNotebook(ref: NotebookRef, format: Notebook['format'], now: string): Omit<Notebook, 'etag'> {
  return {
    id: notebookIdOf(ref),
    ref,
    format,
    title: '',
    tags: [],
    minutes: { text: '' },
    summary: '',
    resources: [],
    status: 'draft',
    capturedBy: null,
    takenOverBy: null,
    approvedBy: null,
    approvedAt: null,
    announcedAt: null,
    updatedAt: now,
    updatedBy: null,
  };
}
