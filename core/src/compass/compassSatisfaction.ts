import type { Stores } from '../stores';
import type { Survey } from '../surveys/survey';
import { satisfactionScores } from '../surveys/satisfaction/satisfactionScores';
import type { CompassDimension } from './compass';

/** The satisfaction survey whose scores sit beside the compass, with how many answered and its score per dimension. */
export interface CompassSatisfaction {
  survey: Survey;
  respondents: number;
  scores: Record<CompassDimension, number | null>;
}

/**
 * The latest satisfaction survey of a community that reached its anonymity threshold (open or closed), scored per
 * compass dimension; null when none did, so nothing is ever shown from too few answers.
 */
export async function latestSatisfaction(stores: Stores, tenantId: string, communityId: string): Promise<CompassSatisfaction | null> {
  const surveys = (await stores.surveys.list(tenantId, communityId))
    .filter((s) => s.kind === 'satisfaction')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const survey of surveys) {
    const responses = await stores.surveys.listResponses(survey);
    const scores = satisfactionScores(survey, responses);
    if (scores) return { survey, respondents: responses.length, scores };
  }
  return null;
}
