import type { Assignment } from '../rituals/rotation';
import type { SurveyKind } from '../surveys/survey';
import type { WorkshopNumber } from '../workshops/registry';
import type { NewcomerPulseResults } from '../community/newcomerPulse';
import { compassMinRespondents } from '../compass/compass';
import { compassDue, compassEveryMonths, type CompassRhythm, compassStartedAt } from '../compass/compassRhythm';

/** How far ahead the digest looks for the next meeting. */
export const nextMeetingWithinDays = 7;

/** An open poll as the digest counts it: how many voted, never who nor what. */
export interface DigestPoll {
  pollId: string;
  question: string;
  closesAt: string;
  /** Ballots cast (late ones left out). */
  voted: number;
  /** People who could vote when it opened. */
  eligible: number;
}

/** A held meeting whose notes are overdue. */
export interface DigestCapture {
  date: string;
  seriesName: string | null;
  notebookId: string;
}

/** The next meeting of any series, and who holds each role. */
export interface DigestMeeting {
  date: string;
  startsAt: string;
  seriesName: string | null;
  roles: Assignment[];
}

/** An open survey and how many answered (its results show from `threshold`). */
export interface DigestSurvey {
  surveyId: string;
  kind: SurveyKind;
  respondents: number;
  threshold: number;
  closesAt: string;
}

/** Everything the digest could speak of, read from storage for one community (see `loadDigestFacts`). */
export interface DigestFacts {
  communityId: string;
  communityName: string;
  polls: DigestPoll[];
  overdueCaptures: DigestCapture[];
  /** The next meeting from now, whenever it is; null without a scheduled series. */
  nextMeeting: DigestMeeting | null;
  surveys: DigestSurvey[];
  /** When the last compass run opened; null if never. */
  lastCompassAt: string | null;
  /** When the community was created: the compass clock starts there until a first run. */
  createdAt: string;
  /** Workshop 3's first meeting (the kick-off, YYYY-MM-DD), where the compass clock starts when planned. */
  kickOffDate?: string | null;
  /** Workshop 6's compass rhythm; every six months when absent. */
  compassRhythm?: CompassRhythm;
  /** The latest compass run and how many answered it (never who); null if never run. */
  latestCompassRun?: { number: number; respondents: number } | null;
  /** The newcomers' 30-day pulse as facilitators may see it (counts only from the threshold); null when nobody answered. */
  newcomerPulse?: NewcomerPulseResults | null;
  /** The life phase's next workshop (confirmed phase, else the suggested one) and the workshops done; null if unknown. */
  phase: { nextWorkshop: WorkshopNumber; workshopsDone: readonly WorkshopNumber[] } | null;
}

/** What one facilitator's digest says; each part present only when there is something to say. */
export interface DigestContent {
  communityId: string;
  communityName: string;
  polls: DigestPoll[];
  overdueCaptures: DigestCapture[];
  nextMeeting: DigestMeeting | null;
  surveysBelowThreshold: DigestSurvey[];
  /** The compass is due: `first` (never run), `again` (the rhythm's months since the last run); null when not due. */
  compassDue: 'first' | 'again' | null;
  /** The months between compass runs, for the reminder's wording. */
  compassEveryMonths?: number;
  /** The current run (the latest, not yet due again) while it has fewer answers than its scores need. */
  compassBelowThreshold?: { run: number; respondents: number; min: number } | null;
  /** The newcomers' pulse results (rides along: never a digest on its own). */
  newcomerPulse?: NewcomerPulseResults | null;
  /** The phase's next step: a workshop of the phase not done yet; null when the phase's workshops are all done. */
  phaseNextWorkshop: WorkshopNumber | null;
}

/**
 * What goes into a facilitator's weekly digest at `now`, or null when there is nothing to say (no digest at all):
 * polls still open with their participation as counts; meetings whose notes are overdue; the next meeting within a
 * week, with its roles; open surveys still below their anonymity threshold (stories have none); the compass when
 * its rhythm's months since the last run (or since the community's kick-off or creation) are up (the timer's own rule, `compassDue`),
 * or while the current run has fewer than five answers. The phase's next step (a workshop of the phase not done yet)
 * and the newcomers' pulse results ride along but do not make a digest on their own: a community with nothing going
 * on would otherwise hear the same news every week.
 */
export function digestContent(facts: DigestFacts, now: Date): DigestContent | null {
  const at = now.getTime();
  const polls = facts.polls.filter((p) => Date.parse(p.closesAt) > at);
  const meetingStarts = facts.nextMeeting ? Date.parse(facts.nextMeeting.startsAt) : NaN;
  const nextMeeting = facts.nextMeeting && meetingStarts <= at + nextMeetingWithinDays * 86_400_000 ? facts.nextMeeting : null;
  const surveysBelowThreshold = facts.surveys.filter(
    (s) => s.kind !== 'story' && s.respondents < s.threshold && Date.parse(s.closesAt) > at,
  );
  const rhythm = facts.compassRhythm ?? { everyMonths: compassEveryMonths, firstDate: null, automatic: true };
  const startedAt = compassStartedAt(facts.createdAt, facts.kickOffDate);
  const due = compassDue({ lastOpenedAt: facts.lastCompassAt, startedAt, rhythm }, now);
  const latest = facts.latestCompassRun;
  const compassBelowThreshold =
    !due && latest && latest.respondents < compassMinRespondents
      ? { run: latest.number, respondents: latest.respondents, min: compassMinRespondents }
      : null;
  const content: DigestContent = {
    communityId: facts.communityId,
    communityName: facts.communityName,
    polls,
    overdueCaptures: facts.overdueCaptures,
    nextMeeting,
    surveysBelowThreshold,
    compassDue: due,
    compassEveryMonths: rhythm.everyMonths,
    compassBelowThreshold,
    newcomerPulse: facts.newcomerPulse ?? null,
    phaseNextWorkshop: facts.phase && !facts.phase.workshopsDone.includes(facts.phase.nextWorkshop) ? facts.phase.nextWorkshop : null,
  };
  const something =
    polls.length > 0 ||
    facts.overdueCaptures.length > 0 ||
    nextMeeting !== null ||
    surveysBelowThreshold.length > 0 ||
    due !== null ||
    compassBelowThreshold !== null;
  return something ? content : null;
}
