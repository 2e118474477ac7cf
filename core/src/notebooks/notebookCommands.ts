import type { Author } from '../community/author';
import type { Principal, Role } from '../community/community';
import { authorize } from '../community/access';
import { ConflictError, DomainError, NotFoundError, PreconditionRequiredError } from '../errors';
import { can } from '../policies/can';
import { meetingKeyOf } from '../rituals/meeting';
import { ritualPlansOf } from '../rituals/ritualPlan';
import { scheduledMeetings } from '../rituals/schedule';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import type { RitualsDraft } from '../workshops/rituals';
import {
  emptyNotebook,
  type Notebook,
  notebookIdOf,
  notebookInput,
  type NotebookRef,
  type NotebookResource,
  parseNotebookId,
} from './notebook';
import { type NotebookRules, notebookForReader, notebookRulesOf, seesMinutes } from './notebookAccess';
import { type NotebookHit, type NotebookQuery, searchNotebooks } from './notebookSearch';
import type { NotebookRecord } from './notebookStore';
import { notebookAnnouncementCard } from './notebookCard';
import type { CardFor, TabLinks } from '../adaptiveCards/tabLinks';

const dayMs = 86_400_000;

async function rulesAndW3(stores: Stores, tenantId: string, communityId: string): Promise<{ w3: RitualsDraft; rules: NotebookRules }> {
  const w3 = ((await stores.workshops.get(tenantId, communityId, 3))?.data ?? {}) as RitualsDraft;
  return { w3, rules: notebookRulesOf(w3) };
}

/** A notebook as the reader sees it, with whether they see the minutes; undefined when they may see none of it. */
export interface ReaderNotebook {
  notebook: Notebook;
  seesMinutes: boolean;
}

function forReader(notebook: Notebook, role: Role, rules: NotebookRules): ReaderNotebook | undefined {
  const visible = notebookForReader(notebook, role, rules);
  return visible && { notebook: visible, seesMinutes: seesMinutes(role, rules) };
}

/** Newest meeting first, the "between meetings" notebook on top. */
const byDate = (a: Notebook, b: Notebook) =>
  (b.ref.kind === 'meeting' ? b.ref.date : '9999').localeCompare(a.ref.kind === 'meeting' ? a.ref.date : '9999') ||
  a.id.localeCompare(b.id);

/** The notebooks one reader may see, found by the query (every notebook without one), newest meeting first. */
export async function listNotebooks(
  stores: Stores,
  principal: Principal,
  communityId: string,
  query: NotebookQuery,
): Promise<NotebookHit[]> {
  const { membership } = await authorize(stores, principal, communityId, 'community.read');
  const [{ rules }, all] = await Promise.all([
    rulesAndW3(stores, principal.tenantId, communityId),
    stores.notebooks.list(principal.tenantId, communityId),
  ]);
  const visible = all.flatMap((n) => notebookForReader(n, membership.role, rules) ?? []).sort(byDate);
  return searchNotebooks(visible, query);
}

/** One notebook as the reader may see it; a notebook they may not see is not found. */
export async function readNotebook(stores: Stores, principal: Principal, communityId: string, id: string): Promise<ReaderNotebook> {
  const { membership } = await authorize(stores, principal, communityId, 'community.read');
  if (!parseNotebookId(id)) throw new NotFoundError();
  const [{ rules }, notebook] = await Promise.all([
    rulesAndW3(stores, principal.tenantId, communityId),
    stores.notebooks.get(principal.tenantId, communityId, id),
  ]);
  const seen = notebook && forReader(notebook, membership.role, rules);
  if (!seen) throw new NotFoundError();
  return seen;
}

/** Whether workshop 3 schedules (or the bot recorded) a meeting of that series on that day. */
async function meetingExists(
  stores: Stores,
  tenantId: string,
  communityId: string,
  w3: RitualsDraft,
  ref: NotebookRef & { kind: 'meeting' },
) {
  const plan = ritualPlansOf(w3).find((p) => p.seriesId === ref.seriesId);
  if (plan) {
    const dayBefore = new Date(Date.parse(`${ref.date}T00:00:00Z`) - 2 * dayMs);
    const [first, second] = scheduledMeetings(plan.start, plan.cadence, 2, plan.timeZone, dayBefore);
    if (first?.date === ref.date || second?.date === ref.date) return plan;
  }
  const recorded = await stores.meetings.get(tenantId, communityId, meetingKeyOf(ref));
  return recorded ? { format: recorded.format } : undefined;
}

export interface OpenNotebookProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  /** `{kind: 'between'}` or `{kind: 'meeting', seriesId, date}`, untrusted. */
  input: unknown;
  now: string;
}

/**
 * Opens the notebook of a meeting (one workshop 3 schedules, or the bot ran) or the "between meetings" one,
 * creating it empty the first time: two people opening it at once get the same notebook.
 */
export async function openNotebook({ stores, principal, communityId, input, now }: OpenNotebookProps) {
  const { membership } = await authorize(stores, principal, communityId, 'notebook.edit');
  const ref = parseNotebookRef(input);
  const { w3, rules } = await rulesAndW3(stores, principal.tenantId, communityId);
  let format: Notebook['format'] = null;
  if (ref.kind === 'meeting') {
    const meeting = await meetingExists(stores, principal.tenantId, communityId, w3, ref);
    if (!meeting) throw new DomainError('notebook.error.noSuchMeeting', 400);
    format = meeting.format;
  }
  const { created, notebook } = await stores.notebooks.create(principal.tenantId, communityId, emptyNotebook(ref, format, now));
  return { created, ...forReader(notebook, membership.role, rules)! };
}

function parseNotebookRef(input: unknown): NotebookRef {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (body['kind'] === 'between') return { kind: 'between' };
  const ref = parseNotebookId(
    notebookIdOf({ kind: 'meeting', seriesId: String(body['seriesId'] ?? 'main'), date: String(body['date'] ?? '') }),
  );
  if (body['kind'] !== 'meeting' || !ref || ref.kind !== 'meeting' || ref.date !== body['date'])
    throw new DomainError('notebook.error.badRef', 400);
  return ref;
}

export interface SaveNotebookProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  id: string;
  input: unknown;
  ifMatch: string | undefined;
  now: string;
}

const author = (p: Principal): Author => ({ userId: p.userId, name: p.name });

/** Resources keep who shared them and when; new ones are the saver's. */
function mergeResources(
  stored: readonly NotebookResource[],
  incoming: Notebook['resources'] | ReturnType<typeof notebookInput.parse>['resources'],
  by: Author,
  now: string,
): NotebookResource[] {
  const before = new Map(stored.map((r) => [r.id, r]));
  return incoming.map((r) => {
    const old = before.get(r.id);
    return { ...r, sharedBy: old?.sharedBy ?? by, sharedAt: old?.sharedAt ?? now };
  });
}

/**
 * Saves what a member wrote if the version they started from is still current (else a conflict with what is
 * stored). Minutes a member may not read (kept to the core group) are kept as stored. The first to write is the
 * one who captured it; a member writing after them took it over (recorded once). A member's change to an approved
 * notebook's title or summary (what is shared) sends it back to draft for a facilitator to approve again; adding
 * a resource does not.
 */
export async function saveNotebook({
  stores,
  principal,
  communityId,
  id,
  input,
  ifMatch,
  now,
}: SaveNotebookProps): Promise<ReaderNotebook> {
  const { membership } = await authorize(stores, principal, communityId, 'notebook.edit');
  if (!parseNotebookId(id)) throw new NotFoundError();
  const content = parseInput(notebookInput, input);
  if (!ifMatch) throw new PreconditionRequiredError();
  const { rules } = await rulesAndW3(stores, principal.tenantId, communityId);
  const current = await stores.notebooks.get(principal.tenantId, communityId, id);
  if (!current) throw new NotFoundError();
  const role = membership.role;
  if (current.etag !== ifMatch) throw new ConflictError(forReader(current, role, rules));
  const by = author(principal);
  const facilitator = role === 'facilitator';
  // Writing the notes (not only adding a resource) is what makes someone the note-taker, or the one taking over.
  const minutes = seesMinutes(role, rules) ? content.minutes : current.minutes;
  const writesNotes =
    content.title !== current.title || content.summary !== current.summary || JSON.stringify(minutes) !== JSON.stringify(current.minutes);
  const capturedBy = current.capturedBy ?? (writesNotes ? by : null);
  const takeover = writesNotes && !facilitator && !current.takenOverBy && current.capturedBy && current.capturedBy.userId !== by.userId;
  const backToDraft =
    current.status === 'approved' && !facilitator && (content.summary !== current.summary || content.title !== current.title);
  const record: NotebookRecord = {
    ...current,
    title: content.title,
    tags: content.tags,
    minutes,
    summary: content.summary,
    resources: mergeResources(current.resources, content.resources, by, now),
    ...(content.recording ? { recording: content.recording } : { recording: undefined }),
    capturedBy,
    takenOverBy: takeover ? by : current.takenOverBy,
    ...(backToDraft ? { status: 'draft' as const, approvedBy: null, approvedAt: null } : {}),
    updatedAt: now,
    updatedBy: by,
  };
  const result = await stores.notebooks.save(principal.tenantId, communityId, record, ifMatch);
  if (!result.ok) throw new ConflictError(forReader(result.current, role, rules));
  return forReader(result.notebook, role, rules)!;
}

/** The cards announcing an approved notebook: to the community's channels, and to its wider network when public. */
export interface NotebookAnnouncement {
  channel: CardFor;
  /** Only when workshop 3 makes the summary public. */
  network: CardFor | null;
}

/**
 * A facilitator approves the notebook they read (If-Match): it is what sponsors and the wider network may see.
 * Its first approval comes with the announcement to post (a new message, not an edit); the guarded save makes
 * it one, even when two facilitators approve at once or a request is retried.
 */
export async function approveNotebook(
  props: Omit<SaveNotebookProps, 'input'>,
): Promise<ReaderNotebook & { announcement: NotebookAnnouncement | null }> {
  const { stores, principal, communityId, id, ifMatch, now } = props;
  const { membership, community } = await authorize(stores, principal, communityId, 'notebook.approve');
  if (!parseNotebookId(id)) throw new NotFoundError();
  if (!ifMatch) throw new PreconditionRequiredError();
  const { rules } = await rulesAndW3(stores, principal.tenantId, communityId);
  const current = await stores.notebooks.get(principal.tenantId, communityId, id);
  if (!current) throw new NotFoundError();
  if (current.etag !== ifMatch) throw new ConflictError(forReader(current, membership.role, rules));
  if (!current.summary.trim()) throw new DomainError('notebook.error.noSummary', 400);
  const first = current.announcedAt === null;
  const record: NotebookRecord = {
    ...current,
    status: 'approved',
    approvedBy: author(principal),
    approvedAt: now,
    announcedAt: current.announcedAt ?? now,
    updatedAt: now,
  };
  const result = await stores.notebooks.save(principal.tenantId, communityId, record, ifMatch);
  if (!result.ok) throw new ConflictError(forReader(result.current, membership.role, rules));
  const base = { locale: community.language, communityId, communityName: community.name, notebook: result.notebook };
  const announcement = first
    ? {
        channel: (links: TabLinks) => notebookAnnouncementCard({ ...base, showSummary: rules.summaryBeyondMembers, links }),
        network: rules.summaryPublic ? () => notebookAnnouncementCard({ ...base, showSummary: true, links: null }) : null,
      }
    : null;
  return { ...forReader(result.notebook, membership.role, rules)!, announcement };
}

/** Whether a role may approve notebooks (the tab shows the button). */
export const mayApprove = (role: Role) => can(role, 'notebook.approve');
