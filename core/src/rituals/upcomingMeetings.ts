import type { RitualPlan } from './ritualPlan';
import { type ScheduledMeeting, scheduledMeetings } from './schedule';

/**
 * The plan's next `count` meetings from instant `at` (a meeting under way counts until it ends), from its
 * first meeting at its rhythm in its time zone: the one schedule the bot's cards, the `next meeting`
 * answer and the charter's projected dates all read.
 */
export function upcomingMeetings(plan: RitualPlan, at: Date, count: number): ScheduledMeeting[] {
  const runningSince = new Date(at.getTime() - plan.durationMinutes * 60_000);
  return scheduledMeetings(plan.start, plan.cadence, count, plan.timeZone, runningSince);
}
