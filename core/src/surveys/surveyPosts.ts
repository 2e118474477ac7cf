import type { Stores } from '../stores';
import type { Survey } from './survey';

/** Where a survey's card was posted: the conversation and the message, to replace it when the survey closes. */
export type SurveyPost = NonNullable<Survey['posts']>[number];

const attempts = 5;

export interface RecordSurveyPostsProps {
  stores: Stores;
  survey: Survey;
  /** The posts that just went out. */
  posts: readonly SurveyPost[];
}

/** Adds the channel posts of a survey's card to the survey, so closing it can replace them; a survey gone meanwhile is left alone. */
export async function recordSurveyPosts({ stores, survey, posts }: RecordSurveyPostsProps): Promise<void> {
  if (!posts.length) return;
  // Answers never touch the survey row, so a short retry loop settles a race with a close.
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await stores.surveys.get(survey.tenantId, survey.communityId, survey.id);
    if (!found || (await stores.surveys.update({ ...found.survey, posts: [...(found.survey.posts ?? []), ...posts] }, found.etag))) return;
  }
}
