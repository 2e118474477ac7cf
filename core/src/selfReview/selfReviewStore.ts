import type { SelfReviewAnswers } from './selfReviewItems';

/** One facilitator's self-review of one meeting, as stored: private to its author. */
export interface StoredSelfReview {
  /** The meeting's key (`meetingKeyOf`), its series and date. */
  meetingKey: string;
  seriesId: string;
  meetingDate: string;
  answers: SelfReviewAnswers;
  note: string | null;
  submittedAt: string;
}

/**
 * Storage port for the facilitators' self-reviews: a claim row per meeting and facilitator inserted before the card
 * goes out (so overlapping timer runs send it once, and only those it went to can answer it), one private row per
 * author and meeting, and one row per meeting naming the members' feedback survey (inserted first: one per meeting).
 */
export interface SelfReviewStore {
  /** Claims sending a meeting's card to a facilitator; false when it was already claimed. */
  claimCard(tenantId: string, communityId: string, meetingKey: string, userId: string, at: string): Promise<boolean>;
  /** Gives a card's claim back after a send that reached nobody, so a later run may try again. */
  releaseCard(tenantId: string, communityId: string, meetingKey: string, userId: string): Promise<void>;
  /** Who a meeting's card was sent (claimed) to, in one read: the timer claims only for the others. */
  cardsSent(tenantId: string, communityId: string, meetingKey: string): Promise<Set<string>>;
  /** Whether a meeting's card was sent (claimed) to a facilitator. */
  cardSent(tenantId: string, communityId: string, meetingKey: string, userId: string): Promise<boolean>;
  /** Stores my review of a meeting, replacing an earlier one (a retried submit changes nothing twice). */
  put(tenantId: string, communityId: string, userId: string, review: StoredSelfReview): Promise<void>;
  /** My reviews in a community, newest meeting first. */
  listMine(tenantId: string, communityId: string, userId: string): Promise<StoredSelfReview[]>;
  /** Claims the members' feedback survey of a meeting with its id; false when it was claimed already. */
  claimFeedback(tenantId: string, communityId: string, meetingKey: string, surveyId: string): Promise<boolean>;
  /** Gives the feedback claim back when the survey could not be created. */
  releaseFeedback(tenantId: string, communityId: string, meetingKey: string): Promise<void>;
  /** The feedback survey ids of a community's meetings, by meeting key. */
  feedbackSurveys(tenantId: string, communityId: string): Promise<Record<string, string>>;
}
