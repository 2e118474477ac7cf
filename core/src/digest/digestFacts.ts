import { lifePhaseView } from '../community/lifePhase';
import { phaseFacts } from '../community/lifePhaseFacts';
import { eligibleVoters } from '../polls/ballot';
import { captureReminderDue } from '../notebooks/captureDue';
import { hasNotes } from '../notebooks/captureReminders';
import { notebookIdOf } from '../notebooks/notebook';
import { loadRitualContext, planOf } from '../rituals/meetingCommands';
import { rolesAt } from '../rituals/ritualPlan';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { Stores } from '../stores';
import { compassRhythmOf, kickOffDateOf } from '../compass/compassRhythm';
import { newcomerPulseResults } from '../community/newcomerPulse';
import type { ImpactDraft } from '../workshops/impact';
import type { RitualsDraft } from '../workshops/rituals';
import type { DigestCapture, DigestFacts, DigestMeeting } from './digestContent';

/**
 * Reads what a community's digest could speak of at `at`, through the same rules the other timers use: open polls
 * with their ballot count (no ballot content leaves this function), meetings whose capture reminder is due, the next
 * meeting of any series with its rotation applied, open surveys with their answer count, the compass runs with workshop
 * 6's rhythm and the latest run's answer count, and the newcomers' pulse results (counts only from the threshold).
 * Undefined when the community is gone or archived.
 */
export async function loadDigestFacts(stores: Stores, tenantId: string, communityId: string, at: Date): Promise<DigestFacts | undefined> {
  const community = await stores.communities.get(tenantId, communityId);
  if (!community || community.lifecycle?.stage === 'archived') return undefined;
  const [context, polls, surveys, runs, meetings, notebooks, workshops] = await Promise.all([
    loadRitualContext(stores, tenantId, communityId),
    stores.polls.list(tenantId, communityId),
    stores.surveys.list(tenantId, communityId),
    stores.compass.listRuns(tenantId, communityId),
    stores.meetings.list(tenantId, communityId),
    stores.notebooks.list(tenantId, communityId),
    stores.workshops.list(tenantId, communityId),
  ]);
  const open = polls.filter((p) => p.status === 'open');
  const ballots = await Promise.all(open.map((p) => stores.polls.listBallots(p)));
  const openSurveys = surveys.filter((s) => s.status === 'open');
  const answers = await Promise.all(openSurveys.map((s) => stores.surveys.listResponses(s)));
  const latestRun = runs.reduce<(typeof runs)[number] | undefined>((a, r) => (!a || r.number > a.number ? r : a), undefined);
  const [latestAnswers, pulse] = await Promise.all([
    latestRun ? stores.compass.listResponses(tenantId, communityId, latestRun.number) : Promise.resolve([]),
    newcomerPulseResults(stores, tenantId, communityId),
  ]);

  const plans = context?.plans ?? [];
  const notebookById = new Map(notebooks.map((n) => [n.id, n]));
  const overdueCaptures: DigestCapture[] = [];
  for (const meeting of meetings) {
    const notebookId = notebookIdOf({ kind: 'meeting', seriesId: meeting.seriesId, date: meeting.date });
    const captured = meeting.capture !== null || hasNotes(notebookById.get(notebookId));
    if (captureReminderDue(meeting, plans[0]?.dueWorkingDays ?? null, captured, at))
      overdueCaptures.push({ date: meeting.date, seriesName: context ? (planOf(context, meeting)?.seriesName ?? null) : null, notebookId });
  }

  let nextMeeting: DigestMeeting | null = null;
  for (const plan of plans) {
    const [next] = upcomingMeetings(plan, at, 1);
    if (!next || (nextMeeting && Date.parse(nextMeeting.startsAt) <= next.startsAt.getTime())) continue;
    nextMeeting = {
      date: next.date,
      startsAt: next.startsAt.toISOString(),
      seriesName: plan.seriesName,
      roles: rolesAt(plan, next.index, context?.people ?? []),
    };
  }

  const phase = await phaseFacts(stores, community, workshops, meetings, at);
  const nextWorkshop = lifePhaseView(phase, community.lifePhase, null).nextWorkshop;

  return {
    communityId,
    communityName: community.name,
    polls: open.map((p, i) => ({
      pollId: p.id,
      question: p.question,
      closesAt: p.closesAt,
      voted: eligibleVoters(ballots[i] ?? []),
      eligible: p.eligible,
    })),
    overdueCaptures: overdueCaptures.sort((a, b) => a.date.localeCompare(b.date)),
    nextMeeting,
    surveys: openSurveys.map((s, i) => ({
      surveyId: s.id,
      kind: s.kind,
      respondents: answers[i]?.length ?? 0,
      threshold: s.threshold,
      closesAt: s.closesAt,
    })),
    lastCompassAt:
      runs
        .map((r) => r.openedAt)
        .sort()
        .at(-1) ?? null,
    createdAt: community.createdAt,
    kickOffDate: kickOffDateOf(workshops.find((w) => w.n === 3)?.data as RitualsDraft | undefined),
    compassRhythm: compassRhythmOf(workshops.find((w) => w.n === 6)?.data as ImpactDraft | undefined),
    latestCompassRun: latestRun ? { number: latestRun.number, respondents: latestAnswers.length } : null,
    newcomerPulse: pulse.respondents > 0 ? pulse : null,
    phase: { nextWorkshop, workshopsDone: phase.workshopsDone },
  };
}
