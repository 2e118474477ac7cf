import type { RetentionView } from '@elan/core/privacy/retentionCommands';
import type { CommunityView } from '@elan/core/contract';
import type { ApiClient } from '../api/client';

export type { RetentionView };

/** `GET /api/communities/{id}` as facilitators get it: the community plus its retention (absent for others). */
export type CommunityWithRetention = CommunityView & { retention?: RetentionView };

const community = (id: string) => `/api/communities/${encodeURIComponent(id)}`;

/** `PATCH /api/communities/{id}`: how many months the community is kept after its last activity → the new retention. */
export async function updateRetention(api: ApiClient, id: string, retentionMonths: number): Promise<RetentionView> {
  return (await api.request<RetentionView>('PATCH', community(id), { body: { retentionMonths } })).data;
}

/** `GET /api/communities/{id}/export`: everything the community holds, as one JSON file or a ZIP of JSON and CSV. */
export function exportPath(id: string, format: 'json' | 'zip'): string {
  return `${community(id)}/export${format === 'zip' ? '?format=zip' : ''}`;
}

/** `DELETE /api/communities/{id}`: erases the community and everything about it; `confirmName` is its name, typed again. */
export async function eraseCommunity(api: ApiClient, id: string, confirmName: string): Promise<void> {
  await api.request<unknown>('DELETE', community(id), { body: { confirmName } });
}
