import type { MySelfReviewsView } from '@elan/core/selfReview/selfReviewCommands';
import type { ApiClient } from '../api/client';

const mine = (id: string) => `/api/communities/${encodeURIComponent(id)}/selfReviews/me`;

/** My self-reviews after meetings in a community (facilitators): only ever my own. */
export async function getMySelfReviews(api: ApiClient, id: string): Promise<MySelfReviewsView> {
  return (await api.request<MySelfReviewsView>('GET', mine(id))).data;
}
