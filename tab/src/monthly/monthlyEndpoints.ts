import type { MonthlyPreferenceView } from '@elan/core/monthly/monthlyCommands';
import type { MonthlyPreference } from '@elan/core/monthly/monthlyPreference';
import type { ApiClient } from '../api/client';

const path = (communityId: string) => `/api/communities/${encodeURIComponent(communityId)}/monthly/me`;

/** My monthly summary setting in a community (facilitators and members): off until I choose. */
export async function getMyMonthly(api: ApiClient, communityId: string): Promise<MonthlyPreferenceView> {
  return (await api.request<MonthlyPreferenceView>('GET', path(communityId))).data;
}

/** Turns my monthly summary on or off; answers it as stored. */
export async function setMyMonthly(api: ApiClient, communityId: string, preference: MonthlyPreference): Promise<MonthlyPreferenceView> {
  return (await api.request<MonthlyPreferenceView>('PUT', path(communityId), { body: preference })).data;
}
