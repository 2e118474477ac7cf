import type { CardFor } from '../adaptiveCards/tabLinks';
import type { Stores } from '../stores';
import { meetingKeyOf } from '../rituals/meeting';
import type { RitualContext } from '../rituals/meetingCommands';
import { noteTakerAt, planOf } from '../rituals/meetingCommands';
import { captureReminderDue } from './captureDue';
import { captureReminderCard } from './captureReminderCard';
import { type Notebook, notebookIdOf } from './notebook';

/** Sends one personal card to a member of a community; false when it could not go out. */
export type RemindPerson = (tenantId: string, communityId: string, userId: string, card: CardFor) => Promise<boolean>;

/** Whether a meeting's notebook holds notes (a summary, minutes or a link to them). */
export const hasNotes = (n: Notebook | undefined) => !!n && (n.summary.trim() !== '' || n.minutes.text.trim() !== '' || !!n.minutes.url);

/**
 * Reminds, once each, that a held meeting's notes are missing after workshop 3's delay: the note-taker, then the
 * facilitators (see `captureReminderDue`). Notes in the meeting's notebook or links on its capture card count as
 * captured. Each reminder is claimed first, so overlapping timer runs send it once; one that reached nobody is
 * given back for a later run. Returns how many people were reminded.
 */
export async function remindMissingCaptures(
  stores: Stores,
  remind: RemindPerson,
  { tenantId, communityId, context, at }: { tenantId: string; communityId: string; context: RitualContext; at: Date },
): Promise<number> {
  const dueWorkingDays = context.plans[0]?.dueWorkingDays ?? null;
  if (!dueWorkingDays) return 0;
  const [meetings, notebooks, members, community] = await Promise.all([
    stores.meetings.list(tenantId, communityId),
    stores.notebooks.list(tenantId, communityId),
    stores.communities.listMembers(tenantId, communityId),
    stores.communities.get(tenantId, communityId),
  ]);
  if (!community) return 0;
  const byId = new Map(notebooks.map((n) => [n.id, n]));
  let reminded = 0;
  for (const meeting of meetings) {
    const notebookId = notebookIdOf({ kind: 'meeting', seriesId: meeting.seriesId, date: meeting.date });
    const captured = meeting.capture !== null || hasNotes(byId.get(notebookId));
    const who = captureReminderDue(meeting, dueWorkingDays, captured, at);
    if (!who) continue;
    const key = meetingKeyOf(meeting);
    if (!(await stores.meetings.claimStep(tenantId, communityId, key, who))) continue;
    const noteTaker = planOf(context, meeting) ? noteTakerAt(context, meeting) : null;
    const active = members.filter((m) => (m.status ?? 'active') === 'active');
    const recipients =
      who === 'remindNoteTaker'
        ? active.filter((m) => m.role !== 'sponsor' && m.name === noteTaker).slice(0, 1)
        : active.filter((m) => m.role === 'facilitator');
    const card: CardFor = (links) =>
      captureReminderCard({
        locale: community.language,
        communityId,
        communityName: community.name,
        date: meeting.date,
        notebookId,
        who,
        noteTaker,
        links,
      });
    let sent = 0;
    for (const person of recipients) if (await remind(tenantId, communityId, person.userId, card).catch(() => false)) sent += 1;
    // Nobody to remind (no note-taker named) is settled; a reminder that reached no one is tried again later.
    if (recipients.length > 0 && sent === 0) await stores.meetings.releaseStep(tenantId, communityId, key, who);
    reminded += sent;
  }
  return reminded;
}
