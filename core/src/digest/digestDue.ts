import type { DigestPreference } from './digestPreference';

/** The local calendar day, ISO weekday and time of day of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): { day: string; weekday: number; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts['weekday'] ?? '') + 1;
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, weekday, time: `${parts['hour']}:${parts['minute']}` };
}

/** The ISO week (`2027-W10`) a calendar day (YYYY-MM-DD) belongs to: weeks start on Monday, week 1 holds 4 January. */
export function isoWeekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The week whose digest is due at `now` for a facilitator, or null. The week and the clock are the community's
 * (`timeZone`): due once the chosen weekday and time have passed in the current ISO week, unless this week's was
 * already sent (`lastWeekSent`) or the facilitator turned the digest off. A timer that missed the chosen hour still
 * sends later in the same week, never the next week for the one before.
 */
export function digestDue(pref: DigestPreference, timeZone: string, now: Date, lastWeekSent: string | null): string | null {
  if (!pref.enabled) return null;
  const clock = localClock(now, timeZone);
  const week = isoWeekOf(clock.day);
  if (lastWeekSent !== null && lastWeekSent >= week) return null;
  const passed = clock.weekday > pref.weekday || (clock.weekday === pref.weekday && clock.time >= pref.time);
  return passed ? week : null;
}
