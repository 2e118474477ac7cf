import type { Stores } from '../stores';
import { closeSurvey, type SurveyState } from './surveyCommands';

/** What the survey timer needs from the host: replacing the channel cards of closed surveys. */
export interface SurveyTimerEffects {
  closed(state: SurveyState): Promise<void>;
  failed(surveyId: string, error: unknown): void;
}

/** One run of the survey timer: closes surveys whose deadline passed (snowball nominees go to workshop 5). */
export async function runSurveyTimers(
  stores: Stores,
  effects: SurveyTimerEffects,
  now: string,
  newId: () => string,
): Promise<{ closed: string[] }> {
  const closed: string[] = [];
  const at = Date.parse(now);
  for (const survey of await stores.surveys.listOpen()) {
    if (at < Date.parse(survey.closesAt)) continue;
    try {
      // Closing is idempotent, so two overlapping runs close it once and both may repost the same card.
      const state = await closeSurvey({
        stores,
        tenantId: survey.tenantId,
        communityId: survey.communityId,
        surveyId: survey.id,
        now,
        newId,
      });
      await effects.closed(state);
      closed.push(survey.id);
    } catch (error) {
      effects.failed(survey.id, error);
    }
  }
  return { closed };
}
