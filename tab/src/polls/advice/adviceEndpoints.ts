import type { PollClosedView } from '@elan/core/contract';
import type { AdviceVerdict } from '@elan/core/polls/adviceVerdict';
import type { ApiClient } from '../../api/client';

/** `POST …/polls/{pollId}/close` with the proposer's decision: closes an advice process and logs the decision. */
export async function decideAdvice(
  api: ApiClient,
  communityId: string,
  pollId: string,
  verdict: Pick<AdviceVerdict, 'outcome' | 'rationale'>,
): Promise<PollClosedView> {
  const path = `/api/communities/${encodeURIComponent(communityId)}/polls/${encodeURIComponent(pollId)}/close`;
  return (await api.request<PollClosedView>('POST', path, { body: verdict })).data;
}
