import { type MeetingFacts, meetingKeyOf } from '../rituals/meeting';
import { dueRitualSteps, meetingFactsOf, type RitualPlan } from '../rituals/ritualPlan';
import { scheduledMeetings } from '../rituals/schedule';
import { mainSeriesId } from '../workshops/rituals';

const dayMs = 24 * 3600 * 1000;

/**
 * The meetings of a plan whose self-review card is due at `at`: those that ended within the window the capture card
 * and check-out pulse go out in (so a run after a few missed ones still sends it, and a plan set in the past does not
 * send stale cards).
 */
export function selfReviewDueMeetings(plan: RitualPlan, at: Date): MeetingFacts[] {
  return dueRitualSteps(plan, at)
    .filter((s) => s.stage === 'checkOut')
    .map((s) => meetingFactsOf(plan, s.meeting));
}

/** The most recent meeting of any of the plans that has ended by `at`, or undefined when none has yet. */
export function latestEndedMeeting(plans: readonly RitualPlan[], at: Date): MeetingFacts | undefined {
  let latest: MeetingFacts | undefined;
  for (const plan of plans) {
    const periodDays = (plan.cadence.unit === 'week' ? 7 : 31) * plan.cadence.every;
    const durationMs = plan.durationMinutes * 60_000;
    // Meetings are never further apart than one period: the last ended one starts within a period (plus its length).
    const since = new Date(at.getTime() - periodDays * dayMs - durationMs);
    const ended = scheduledMeetings(plan.start, plan.cadence, 4, plan.timeZone, since)
      .map((m) => ({ ...m, endsAt: new Date(m.startsAt.getTime() + durationMs) }))
      .filter((m) => m.endsAt.getTime() <= at.getTime())
      .at(-1);
    if (!ended) continue;
    const facts = meetingFactsOf(plan, ended);
    if (!latest || facts.endsAt > latest.endsAt) latest = facts;
  }
  return latest;
}

/** The key of a meeting named by a card action or a route (no series: the main one). */
export function reviewedMeeting(target: { meetingDate: string; seriesId?: string | undefined }) {
  const meeting = { seriesId: target.seriesId ?? mainSeriesId, date: target.meetingDate };
  return { ...meeting, key: meetingKeyOf(meeting) };
}
