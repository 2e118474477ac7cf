import type { MySelfReviewsView } from '@elan/core/selfReview/selfReviewCommands';
import type { SelfReviewAnswers } from '@elan/core/selfReview/selfReviewItems';
import type { ApiClient } from '../api/client';

const mine = (id: string) => `/api/communities/${encodeURIComponent(id)}/selfReviews/me`;

/** My self-reviews after meetings in a community (facilitators): only ever my own. */
export async function getMySelfReviews(api: ApiClient, id: string): Promise<MySelfReviewsView> {
  return (await api.request<MySelfReviewsView>('GET', mine(id))).data;
}

/** Saves my review of the latest finished meeting; the API answers with my reviews as they now are. */
export async function saveLatestSelfReview(
  api: ApiClient,
  id: string,
  input: { answers: SelfReviewAnswers; note?: string },
): Promise<MySelfReviewsView> {
  return (await api.request<MySelfReviewsView>('PUT', mine(id), { body: input })).data;
}
