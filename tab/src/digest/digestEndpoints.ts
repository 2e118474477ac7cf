import type { DigestPreferenceView } from '@elan/core/digest/digestCommands';
import type { DigestPreference } from '@elan/core/digest/digestPreference';
import type { ApiClient } from '../api/client';

const path = (communityId: string) => `/api/communities/${encodeURIComponent(communityId)}/digest/me`;

/** My weekly digest setting in a community (facilitators only): the default until I choose. */
export async function getMyDigest(api: ApiClient, communityId: string): Promise<DigestPreferenceView> {
  return (await api.request<DigestPreferenceView>('GET', path(communityId))).data;
}

/** Sets my weekly digest setting; answers it as stored. */
export async function setMyDigest(api: ApiClient, communityId: string, preference: DigestPreference): Promise<DigestPreferenceView> {
  return (await api.request<DigestPreferenceView>('PUT', path(communityId), { body: preference })).data;
}
