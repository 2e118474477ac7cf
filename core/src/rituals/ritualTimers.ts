import { captureCard, checkInCard, meetingAnnounceCard } from './ritualCards';
import { surveyCard } from '../surveys/surveyCard';
import type { CardFor } from '../adaptiveCards/tabLinks';
import type { Stores } from '../stores';
import type { Survey } from '../surveys/survey';
import { type MeetingFacts, meetingKeyOf, type RitualPost, type RitualStage } from './meeting';
import { dueRitualSteps, meetingFactsOf, type RitualPlan, rolesAt } from './ritualPlan';
import { captureViewOf, loadRitualContext, type RitualContext } from './meetingCommands';
import { createSurvey, surveyState } from '../surveys/surveyCommands';
import { type RemindPerson, remindMissingCaptures } from '../notebooks/captureReminders';

/**
 * What the ritual timer needs from the host besides storage: posting cards to a community's channels. Cards
 * are handed over as builders: the host gives each the links to the tab of the channel it goes to.
 */
export interface RitualTimerEffects {
  /** Posts a card to the community's linked channels; the posts made (none: nowhere to post, or every send failed). */
  post(tenantId: string, communityId: string, card: CardFor): Promise<RitualPost[]>;
  /** Posts a survey's card (the check-out pulse) to the linked channels, as any survey; how many posts went out. */
  postSurvey(survey: Survey, card: CardFor): Promise<number>;
  /** Sends one personal card to a member (a reminder of a missing capture); false when it could not go out. */
  remind: RemindPerson;
  /** Reports a community the run could not handle; the next run tries again. */
  failed(communityId: string, error: unknown): void;
}

/** What one ritual timer run posted, for logs and tests. */
export interface RitualTimerReport {
  posted: { communityId: string; seriesId: string; meetingDate: string; stage: RitualStage }[];
  /** People reminded that a meeting's notes are missing. */
  reminded: number;
}

/** What building a stage's card needs. */
export interface StepInput {
  stores: Stores;
  tenantId: string;
  communityId: string;
  context: RitualContext;
  /** The plan of the meeting's series. */
  plan: RitualPlan;
  meeting: MeetingFacts;
  now: string;
  newId: () => string;
}

/** Élan itself, as the author of what the timer creates. */
export const ritualBot = { userId: 'elan-bot', name: 'Élan' };

/**
 * The check-out pulse of a meeting ("how useful was this meeting?" 1–5): a survey of kind `checkout` for the
 * meeting's date, and its card. The survey is remembered on the meeting before its card goes out, so a run that
 * could not post it reposts the same survey rather than opening a second one.
 */
export async function startCheckoutPulse({ stores, tenantId, communityId, context, meeting, now, newId }: StepInput) {
  const existing = (await stores.meetings.get(tenantId, communityId, meetingKeyOf(meeting)))?.checkoutSurveyId;
  let survey = existing ? (await stores.surveys.get(tenantId, communityId, existing))?.survey : undefined;
  if (!survey) {
    survey = await createSurvey({
      stores,
      tenantId,
      communityId,
      by: ritualBot,
      input: { kind: 'checkout', meetingDate: meeting.date },
      now,
      newId,
    });
    await stores.meetings.setCheckoutSurvey(tenantId, communityId, meeting, survey.id);
  }
  const state = surveyState(survey, [], 'facilitator');
  const card: CardFor = (links) => surveyCard({ ...state, locale: context.locale, links });
  return { survey, card };
}

/** Builds a stage's card and posts it; the posts that went out (none: nowhere to post, or every send failed). */
async function postStep(
  stage: RitualStage,
  input: StepInput,
  effects: RitualTimerEffects,
): Promise<{ posts: RitualPost[]; sent: boolean }> {
  const { context, meeting, communityId, plan } = input;
  const roles = () => rolesAt(plan, meeting.index, context.people);
  const post = async (card: CardFor) => {
    const posts = await effects.post(input.tenantId, communityId, card);
    return { posts, sent: posts.length > 0 };
  };
  switch (stage) {
    case 'announce':
      return post((links) => meetingAnnounceCard({ locale: context.locale, plan, meeting, roles: roles(), tab: { links, communityId } }));
    case 'checkIn':
      return post((links) => checkInCard({ locale: context.locale, plan, meeting, roles: roles(), tab: { links, communityId } }));
    case 'capture': {
      const view = captureViewOf(context, communityId, { ...meeting, posted: {}, posts: {}, capture: null, checkoutSurveyId: null }, false);
      return post((links) => captureCard({ ...view, links }));
    }
    case 'checkOut': {
      // The survey keeps where its card went (to update it as answers come); the meeting only notes that it went.
      const { survey, card } = await startCheckoutPulse(input);
      return { posts: [], sent: (await effects.postSurvey(survey, card)) > 0 };
    }
  }
}

/**
 * One run of the ritual timer: for every community with a linked channel and a scheduled series in workshop 3,
 * posts the cards the clock calls for in each series (announcement, check-in, capture, check-out) — each once per
 * meeting, even when runs overlap on several instances, because each is claimed first — and records the meeting.
 */
export async function runRitualTimers(
  stores: Stores,
  effects: RitualTimerEffects,
  now: string,
  newId: () => string,
): Promise<RitualTimerReport> {
  const report: RitualTimerReport = { posted: [], reminded: 0 };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      const context = await loadRitualContext(stores, tenantId, communityId);
      if (!context) continue;
      for (const plan of context.plans)
        for (const step of dueRitualSteps(plan, at)) {
          const meeting = meetingFactsOf(plan, step.meeting);
          const key = meetingKeyOf(meeting);
          if (!(await stores.meetings.claimStep(tenantId, communityId, key, step.stage))) continue;
          let sent = false;
          try {
            const result = await postStep(step.stage, { stores, tenantId, communityId, context, plan, meeting, now, newId }, effects);
            sent = result.sent;
            if (sent) {
              await stores.meetings.recordStep(tenantId, communityId, meeting, step.stage, now, result.posts);
              report.posted.push({ communityId, seriesId: plan.seriesId, meetingDate: meeting.date, stage: step.stage });
            }
          } finally {
            // Nothing went out (no channel, every send failed, an error): let a later run try again.
            if (!sent) await stores.meetings.releaseStep(tenantId, communityId, key, step.stage);
          }
        }
      report.reminded += await remindMissingCaptures(stores, effects.remind, { tenantId, communityId, context, at });
    } catch (error) {
      // One community's trouble must not stop the others; the next run tries again.
      effects.failed(communityId, error);
    }
  }
  return report;
}
