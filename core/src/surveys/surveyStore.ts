import type { Survey } from './survey';
import type { SurveyResponse } from './surveyResults';

/**
 * Storage port for surveys and their answers: one answer row per person, keyed so that a repeat replaces
 * it and nothing in the row says whose it is; the person can still find (and delete) their own.
 */
export interface SurveyStore {
  create(survey: Survey): Promise<void>;
  get(tenantId: string, communityId: string, surveyId: string): Promise<{ survey: Survey; etag: string } | undefined>;
  list(tenantId: string, communityId: string): Promise<Survey[]>;
  /** Every open survey of every community (for the deadline timer). */
  listOpen(): Promise<Survey[]>;
  /** Replaces the survey if `etag` is still current; false when someone changed it first. */
  update(survey: Survey, etag: string): Promise<boolean>;
  /** Stores a person's answer, replacing theirs; 'closed' (nothing stored) once `closeAnswers` has run. */
  putResponse(survey: Survey, userId: string, response: SurveyResponse): Promise<'stored' | 'closed'>;
  /** Stops accepting answers: once it resolves, every later `putResponse` answers 'closed'. Idempotent. */
  closeAnswers(survey: Survey): Promise<void>;
  getResponse(survey: Survey, userId: string): Promise<SurveyResponse | undefined>;
  /** Deletes a person's answer; false when there was none. */
  deleteResponse(survey: Survey, userId: string): Promise<boolean>;
  /**
   * Every answer to a survey. `maxAgeMs` lets a card view reuse a read that recent (this instance's own
   * answers and deletions always show); closing, results in the tab and exports read fresh.
   */
  listResponses(survey: Survey, opts?: { maxAgeMs?: number }): Promise<SurveyResponse[]>;
  /** Which of these people have answered (without saying what): the participation indicator counts them. */
  respondentsAmong(survey: Survey, userIds: readonly string[]): Promise<Set<string>>;
}
