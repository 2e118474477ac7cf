import { recordCardPosts } from '../adaptiveCards/recordCardPosts';
import type { Stores } from '../stores';
import type { Survey } from './survey';

/** Where a survey's card was posted: the conversation and the message, to replace it when the survey closes. */
export type SurveyPost = NonNullable<Survey['posts']>[number];

export interface RecordSurveyPostsProps {
  stores: Stores;
  survey: Survey;
  /** The posts that just went out. */
  posts: readonly SurveyPost[];
}

/** Adds the channel posts of a survey's card to the survey, so closing it can replace them; a survey gone meanwhile is left alone. */
export async function recordSurveyPosts({ stores, survey, posts }: RecordSurveyPostsProps): Promise<void> {
  await recordCardPosts(
    {
      load: async () => {
        const found = await stores.surveys.get(survey.tenantId, survey.communityId, survey.id);
        return found && { record: found.survey, etag: found.etag };
      },
      save: (record, etag) => stores.surveys.update(record, etag),
    },
    posts,
  );
}
