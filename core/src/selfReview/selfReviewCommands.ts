import { authorize } from '../community/access';
import type { Community, Principal } from '../community/community';
import { assertNotArchived } from '../community/lifecycle';
import { DomainError, ValidationError } from '../errors';
import type { MessageKey } from '../i18n/fr';
import { ritualActionTarget } from '../rituals/meeting';
import { loadRitualContext } from '../rituals/meetingCommands';
import type { Stores } from '../stores';
import type { Survey } from '../surveys/survey';
import { createSurvey } from '../surveys/surveyCommands';
import { parseInput } from '../validation/parseInput';
import {
  isSelfReviewItem,
  isSelfReviewLevel,
  mostOftenNotYet,
  type SelfReviewAnswers,
  type SelfReviewTrend,
  selfReviewFromCard,
  selfReviewInput,
} from './selfReviewItems';
import { latestEndedMeeting, reviewedMeeting } from './selfReviewMeetings';
import type { StoredSelfReview } from './selfReviewStore';

/** How many of my latest reviews the tab shows. */
export const recentSelfReviews = 10;

/** One of my reviews as the tab shows it, with the members' feedback survey of its meeting when one was asked. */
export interface SelfReviewView extends StoredSelfReview {
  feedbackSurveyId: string | null;
}

/**
 * `GET …/selfReviews/me`: my latest reviews, how many there are, the items most often "not yet", and the latest
 * finished meeting (the one the tab's form reviews; null before any, or once the community is archived).
 */
export interface MySelfReviewsView {
  reviews: SelfReviewView[];
  total: number;
  trends: SelfReviewTrend[];
  latestMeeting: { seriesId: string; date: string; key: string } | null;
}

/** The meeting the tab reviews: the latest one of workshop 3's series that has ended by `now`. */
async function latestMeetingOf(stores: Stores, tenantId: string, communityId: string, now: string) {
  // An archived community's context has no plans: nothing to review any more.
  const context = await loadRitualContext(stores, tenantId, communityId);
  const latest = latestEndedMeeting(context?.plans ?? [], new Date(now));
  return latest ? reviewedMeeting({ meetingDate: latest.date, seriesId: latest.seriesId }) : null;
}

/** A meeting a card action is about, in a community the actor facilitates and was sent the meeting's card in. */
interface ReviewedMeeting {
  community: Community;
  meeting: { seriesId: string; date: string; key: string };
}

const notSent = () => new DomainError('selfReview.error.notFound', 404);

/** Checks a card action: its target, that the actor facilitates the community, and that the card went to them. */
async function cardMeeting(
  stores: Stores,
  principal: Principal,
  data: Record<string, unknown>,
  orReviewed = false,
): Promise<ReviewedMeeting> {
  const target = ritualActionTarget.safeParse(data);
  if (!target.success) throw notSent();
  const { community } = await authorize(stores, principal, target.data.communityId, 'selfReview.self');
  const meeting = reviewedMeeting(target.data);
  // Only those the card went to review a meeting from it: a forged invoke for another date stores nothing. Asking
  // members also follows a review saved from the tab.
  const sent = await stores.selfReviews.cardSent(principal.tenantId, community.id, meeting.key, principal.userId);
  if (!sent && !(orReviewed && (await mySelfReviewOf(stores, principal, community.id, meeting.key)))) throw notSent();
  return { community, meeting };
}

async function store(
  stores: Stores,
  principal: Principal,
  communityId: string,
  meeting: ReviewedMeeting['meeting'],
  { answers, note }: { answers: SelfReviewAnswers; note?: string | undefined },
  now: string,
) {
  const review: StoredSelfReview = {
    meetingKey: meeting.key,
    seriesId: meeting.seriesId,
    meetingDate: meeting.date,
    answers,
    note: note || null,
    submittedAt: now,
  };
  await stores.selfReviews.put(principal.tenantId, communityId, principal.userId, review);
  return review;
}

/** What submitting the card did: saved (with the answers), or refused with the reason and what was typed. */
export type SelfReviewSubmitted = ReviewedMeeting &
  (
    | { saved: true; answers: SelfReviewAnswers }
    | { saved: false; problem: MessageKey; typed: { answers: SelfReviewAnswers; note: string | null } }
  );

/** The catalog key a refused self-review names (its first issue's), or the generic one. */
function problemOf(error: ValidationError): MessageKey {
  const key = (error.issues[0] as { params?: { key?: string } } | undefined)?.params?.key;
  return key === 'selfReview.error.noteTooLong' ? key : 'selfReview.error.empty';
}

/**
 * Saves the self-review submitted from a meeting's card, privately for its author; a retried invoke replaces it with
 * the same answers. Refused input stores nothing and comes back with its reason. Throws (404/403) when the card was
 * not sent to the actor or they no longer facilitate the community.
 */
export async function submitSelfReviewCard(props: {
  stores: Stores;
  principal: Principal;
  data: Record<string, unknown>;
  now: string;
}): Promise<SelfReviewSubmitted> {
  const { stores, principal, data, now } = props;
  const reviewed = await cardMeeting(stores, principal, data);
  const input = selfReviewFromCard(data) as { answers: SelfReviewAnswers; note?: string };
  try {
    const { answers } = await store(stores, principal, reviewed.community.id, reviewed.meeting, parseInput(selfReviewInput, input), now);
    return { ...reviewed, saved: true, answers };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Only known items and levels go back on the form (an untrusted invoke may send anything).
    const answers = Object.fromEntries(
      Object.entries(input.answers).filter(([item, level]) => isSelfReviewItem(item) && isSelfReviewLevel(level)),
    ) as SelfReviewAnswers;
    const note = typeof input.note === 'string' ? input.note : null;
    return { ...reviewed, saved: false, problem: problemOf(error), typed: { answers, note } };
  }
}

/** My review of one meeting, if I saved one. */
export async function mySelfReviewOf(stores: Stores, principal: Principal, communityId: string, meetingKey: string) {
  return (await stores.selfReviews.listMine(principal.tenantId, communityId, principal.userId)).find((r) => r.meetingKey === meetingKey);
}

/**
 * Asks members for feedback on a meeting (facilitators who got its card or reviewed it): one `feedback` survey per meeting, however many clicks or facilitators
 * ask. Its id is claimed on the meeting before the survey is created, so only the claim's winner creates it (and
 * gives the claim back when that fails); everyone else gets `created: false`. Posting it is the caller's job.
 */
export async function askMembersForFeedback(props: {
  stores: Stores;
  principal: Principal;
  data: Record<string, unknown>;
  now: string;
  newId: () => string;
}): Promise<ReviewedMeeting & { survey: Survey | undefined; created: boolean }> {
  const { stores, principal, data, now, newId } = props;
  const reviewed = await cardMeeting(stores, principal, data, true);
  const { community, meeting } = reviewed;
  assertNotArchived(community);
  const { tenantId } = principal;
  const known = (await stores.selfReviews.feedbackSurveys(tenantId, community.id))[meeting.key];
  const id = known ?? newId();
  if (known || !(await stores.selfReviews.claimFeedback(tenantId, community.id, meeting.key, id))) {
    const existing = (await stores.selfReviews.feedbackSurveys(tenantId, community.id))[meeting.key];
    const survey = existing ? (await stores.surveys.get(tenantId, community.id, existing))?.survey : undefined;
    return { ...reviewed, survey, created: false };
  }
  try {
    const survey = await createSurvey({
      stores,
      tenantId,
      communityId: community.id,
      by: { userId: principal.userId, name: principal.name },
      input: { kind: 'feedback', meetingDate: meeting.date },
      now,
      newId: () => id,
    });
    return { ...reviewed, survey, created: true };
  } catch (error) {
    await stores.selfReviews.releaseFeedback(tenantId, community.id, meeting.key);
    throw error;
  }
}

/** My self-reviews in a community (facilitators): only ever the reader's own, newest meeting first. */
export async function readMySelfReviews(
  stores: Stores,
  principal: Principal,
  communityId: string,
  now: string,
): Promise<MySelfReviewsView> {
  await authorize(stores, principal, communityId, 'selfReview.self');
  const [mine, surveys, latestMeeting] = await Promise.all([
    stores.selfReviews.listMine(principal.tenantId, communityId, principal.userId),
    stores.selfReviews.feedbackSurveys(principal.tenantId, communityId),
    latestMeetingOf(stores, principal.tenantId, communityId, now),
  ]);
  return {
    reviews: mine.slice(0, recentSelfReviews).map((r) => ({ ...r, feedbackSurveyId: surveys[r.meetingKey] ?? null })),
    total: mine.length,
    trends: mostOftenNotYet(mine),
    latestMeeting,
  };
}

/**
 * Saves my review of the community's latest finished meeting from the tab (facilitators), replacing one saved from
 * its card; 409 while no meeting has ended yet.
 */
export async function saveLatestSelfReview(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  now: string,
): Promise<MySelfReviewsView> {
  const { community } = await authorize(stores, principal, communityId, 'selfReview.self');
  assertNotArchived(community);
  // Bad input is refused first, whatever the schedule.
  const parsed = parseInput(selfReviewInput, input);
  const latest = await latestMeetingOf(stores, principal.tenantId, communityId, now);
  if (!latest) throw new DomainError('selfReview.error.noMeeting', 409);
  await store(stores, principal, communityId, latest, parsed, now);
  return readMySelfReviews(stores, principal, communityId, now);
}
