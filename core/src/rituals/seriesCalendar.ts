import type { Meeting } from './meeting';
import { meetingKeyOf } from './meeting';
import type { RitualPlan } from './ritualPlan';
import type { ScheduledMeeting } from './schedule';
import { upcomingMeetings } from './upcomingMeetings';
import type { RitualsDraft } from '../workshops/rituals';

const dayMs = 86_400_000;

/** The meetings of a series from instant `at` (one under way included) to `days` later. */
function meetingsWithin(plan: RitualPlan, at: Date, days: number): ScheduledMeeting[] {
  const until = at.getTime() + days * dayMs;
  // A weekly series has at most one meeting every 7 days: enough to cover the window, plus the one under way.
  return upcomingMeetings(plan, at, Math.ceil(days / 7) + 2).filter((m) => m.startsAt.getTime() < until);
}

/** A local day on which meetings of several series fall. */
export interface SeriesCollision {
  date: string;
  plans: RitualPlan[];
}

/**
 * The days in the next `days` (a year by default) on which two or more series meet, by each series' own calendar
 * date: the planner warns of them, since members cannot be at two meetings of their community on one day.
 */
export function seriesCollisions(plans: readonly RitualPlan[], at: Date, days = 365): SeriesCollision[] {
  const byDate = new Map<string, RitualPlan[]>();
  for (const plan of plans)
    for (const m of meetingsWithin(plan, at, days)) {
      const onDay = byDate.get(m.date) ?? [];
      if (!onDay.includes(plan)) byDate.set(m.date, [...onDay, plan]);
    }
  return [...byDate.entries()]
    .filter(([, onDay]) => onDay.length > 1)
    .map(([date, onDay]) => ({ date, plans: onDay }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** In-person meetings scheduled from `at` to `days` later across every series (what the planner compares to the minimum). */
export function inPersonScheduled(plans: readonly RitualPlan[], at: Date, days = 365): number {
  return plans.filter((p) => p.format === 'inPerson').reduce((n, p) => n + meetingsWithin(p, at, days).length, 0);
}

/** This calendar year's in-person meetings against workshop 3's minimum. */
export interface InPersonYear {
  year: number;
  /** Workshop 3's `inPersonPerYear`. */
  minimum: number;
  /** In-person meetings held this year (their check-in went out). */
  held: number;
  /** In-person meetings still scheduled this year, not yet held. */
  scheduled: number;
  /** Whether held and scheduled together fall short of the minimum: the year's in-person meeting is not planned. */
  short: boolean;
}

/**
 * This year's in-person meetings (in the main series' time zone, else the first series') against the minimum,
 * from the meetings recorded and the series' schedules; null while workshop 3 sets no minimum. Only meetings in
 * person count: a hybrid meeting may have nobody in the room.
 */
export function inPersonYear(w3: RitualsDraft, plans: readonly RitualPlan[], meetings: readonly Meeting[], at: Date): InPersonYear | null {
  if (w3.inPersonPerYear === undefined) return null;
  const timeZone = plans[0]?.timeZone ?? 'UTC';
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const held = meetings.filter((m) => m.format === 'inPerson' && m.posted.checkIn !== undefined && inYear(m.date));
  const heldKeys = new Set(held.map(meetingKeyOf));
  const endOfYearDays = Math.ceil((Date.UTC(year + 1, 0, 2) - at.getTime()) / dayMs);
  const scheduled = plans
    .filter((p) => p.format === 'inPerson')
    .flatMap((p) => meetingsWithin(p, at, endOfYearDays).map((m) => ({ seriesId: p.seriesId, date: m.date })))
    .filter((m) => inYear(m.date) && !heldKeys.has(meetingKeyOf(m))).length;
  const minimum = w3.inPersonPerYear;
  return { year, minimum, held: held.length, scheduled, short: held.length + scheduled < minimum };
}
