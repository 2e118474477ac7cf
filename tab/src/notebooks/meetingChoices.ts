import type { MeetingView } from '@elan/core/contract';
import { ritualPlansOf } from '@elan/core/rituals/ritualPlan';
import { scheduledMeetings } from '@elan/core/rituals/schedule';
import { upcomingMeetings } from '@elan/core/rituals/upcomingMeetings';
import { mainSeriesId, type RitualsDraft } from '@elan/core/workshops/rituals';

/** The meeting dates of one series a notebook can be opened for, in calendar order. */
export interface SeriesChoice {
  seriesId: string;
  /** The series' name as workshop 3 gives it; null for the main series (or a series no longer planned). */
  seriesName: string | null;
  dates: string[];
  /** The date to offer first: the latest meeting of today or before, else the next one. */
  preferred: string;
}

const dayMs = 86_400_000;
/** How many past meetings of each series are offered (the notes are usually written within days). */
export const recentCount = 6;
/** How many coming meetings of each series are offered (a notebook may be prepared ahead). */
export const comingCount = 3;

/**
 * The meetings whose notebook one may open, by series: the recent and coming meetings workshop 3 schedules, and
 * the ones the bot recorded (a series since removed from workshop 3 still has its past meetings). The main
 * series comes first, then the others as workshop 3 lists them, then recorded-only series by id.
 */
export function meetingChoices(w3: RitualsDraft, meetings: readonly MeetingView[], now: Date): SeriesChoice[] {
  const today = now.toISOString().slice(0, 10);
  const bySeries = new Map<string, { name: string | null; past: Set<string>; coming: Set<string> }>();
  const entry = (seriesId: string, name: string | null = null) => {
    let e = bySeries.get(seriesId);
    if (!e) bySeries.set(seriesId, (e = { name, past: new Set(), coming: new Set() }));
    return e;
  };
  for (const plan of ritualPlansOf(w3)) {
    const e = entry(plan.seriesId, plan.seriesName);
    const coming = upcomingMeetings(plan, now, comingCount);
    for (const m of coming) e.coming.add(m.date);
    // The past meetings: from far enough back to hold `recentCount` of them, up to the first one still to come.
    const periodDays = plan.cadence.unit === 'week' ? 7 * plan.cadence.every : 31 * plan.cadence.every;
    const since = new Date(now.getTime() - (recentCount + 1) * periodDays * dayMs);
    const until = coming[0]?.startsAt.getTime() ?? Number.POSITIVE_INFINITY;
    const past = scheduledMeetings(plan.start, plan.cadence, recentCount + 2 + comingCount, plan.timeZone, since).filter(
      (m) => m.startsAt.getTime() < until && m.startsAt.getTime() <= now.getTime(),
    );
    for (const m of past.slice(-recentCount)) e.past.add(m.date);
  }
  for (const m of meetings) {
    const e = entry(m.seriesId);
    (m.date <= today ? e.past : e.coming).add(m.date);
  }
  const planned = [...bySeries.keys()];
  const order = (id: string) => (id === mainSeriesId ? -1 : planned.indexOf(id));
  return [...bySeries.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([seriesId, e]) => {
      const past = [...e.past]
        .filter((d) => !e.coming.has(d))
        .sort()
        .reverse()
        .slice(0, recentCount);
      const coming = [...e.coming].sort().slice(0, comingCount);
      const dates = [...past.reverse(), ...coming];
      return { seriesId, seriesName: e.name, dates, preferred: [...dates].reverse().find((d) => d <= today) ?? dates[0] ?? '' };
    })
    .filter((c) => c.dates.length > 0);
}
