import { localClock } from '../digest/digestDue';

/** The summary goes out at this local time on the month's first working day. */
export const monthlySendTime = '09:00';

/** The calendar month (YYYY-MM) before `month`. */
export function previousMonth(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/** The first Monday-to-Friday day (YYYY-MM-DD) of a month: the 1st, or the Monday after a weekend. */
export function firstWorkingDay(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The month (YYYY-MM) whose summary is due at `now`, or null: the previous calendar month, from 9:00 on the first
 * working day of the current month on the community's wall clock (so daylight saving moves the UTC instant, never the
 * local hour), until the month ends, unless it was already claimed (`lastMonthSent`). A timer that missed 9:00 still
 * sends later that month, never the next month for the one before.
 */
export function monthlySummaryDue(timeZone: string, now: Date, lastMonthSent: string | null): string | null {
  const clock = localClock(now, timeZone);
  const summarised = previousMonth(clock.day.slice(0, 7));
  if (lastMonthSent !== null && lastMonthSent >= summarised) return null;
  const first = firstWorkingDay(clock.day.slice(0, 7));
  const passed = clock.day > first || (clock.day === first && clock.time >= monthlySendTime);
  return passed ? summarised : null;
}

/** The community's calendar month (YYYY-MM) of an instant. */
export function monthIn(iso: string, timeZone: string): string {
  return localClock(new Date(iso), timeZone).day.slice(0, 7);
}
