import type { NewcomerPulseResults } from '@elan/core/community/newcomerPulse';
import type { ApiClient } from '../api/client';

/** The newcomers' 30-day pulse, counts only from the threshold (facilitators only). */
export async function getNewcomerPulse(api: ApiClient, communityId: string): Promise<NewcomerPulseResults> {
  return (await api.request<NewcomerPulseResults>('GET', `/api/communities/${encodeURIComponent(communityId)}/newcomer-pulse`)).data;
}
