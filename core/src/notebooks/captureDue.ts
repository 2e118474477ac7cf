import type { Meeting } from '../rituals/meeting';

/** Who is reminded of a capture still missing: first the note-taker, later the facilitators. */
export type CaptureReminder = 'remindNoteTaker' | 'remindFacilitators';

const dayMs = 86_400_000;

/** The calendar day `n` working days (Monday to Friday) after `date` (YYYY-MM-DD). */
export function addWorkingDays(date: string, n: number): string {
  let t = Date.parse(`${date}T12:00:00Z`);
  for (let left = n; left > 0;) {
    t += dayMs;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** The calendar day an instant falls on in a time zone. */
function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** How long after a meeting Élan still cares about its capture (older meetings are left alone). */
export const captureWatchDays = 45;

/**
 * The reminder a held meeting without its capture calls for at instant `at`: once workshop 3's delay in working
 * days has passed (counted in the meeting's time zone), the note-taker; as many working days later again, the
 * facilitators. Each is sent once (the caller claims it); a meeting captured, not held, or long past calls for none.
 */
export function captureReminderDue(meeting: Meeting, dueWorkingDays: number | null, captured: boolean, at: Date): CaptureReminder | null {
  if (captured || !dueWorkingDays || meeting.posted.checkIn === undefined) return null;
  if (at.getTime() - Date.parse(meeting.endsAt) > captureWatchDays * dayMs) return null;
  const today = localDay(at, meeting.timeZone || 'UTC');
  const due = addWorkingDays(meeting.date, dueWorkingDays);
  if (today <= due) return null;
  return today > addWorkingDays(due, dueWorkingDays) ? 'remindFacilitators' : 'remindNoteTaker';
}
