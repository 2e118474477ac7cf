import type { Role } from '@elan/core/community/community';
import type { CommunityView, MeView, WorkshopView } from '@elan/core/contract';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { ApiClient } from './client';

const community = (id: string) => `/api/communities/${encodeURIComponent(id)}`;

/** `GET /api/me`: who I am and my communities. */
export async function getMe(api: ApiClient): Promise<MeView> {
  return (await api.request<MeView>('GET', '/api/me')).data;
}

/** `POST /api/communities`: the creator becomes its facilitator. */
export async function createCommunity(api: ApiClient, input: { name: string; language: 'fr' | 'en' }): Promise<CommunityView> {
  return (await api.request<CommunityView>('POST', '/api/communities', { body: input })).data;
}

/** `GET /api/communities/{id}`: the community, my role and the progress of its six workshops. */
export async function getCommunity(api: ApiClient, id: string): Promise<CommunityView> {
  return (await api.request<CommunityView>('GET', community(id))).data;
}

/** `POST /api/communities/{id}/members`: adds a person or changes their role. */
export async function addMember(api: ApiClient, id: string, member: { userId: string; name: string; role: Role }): Promise<void> {
  await api.request<unknown>('POST', `${community(id)}/members`, { body: member });
}

/** `GET /api/communities/{id}/workshops/{n}`. */
export async function getWorkshop(api: ApiClient, id: string, n: WorkshopNumber): Promise<WorkshopView> {
  const { data, etag } = await api.request<WorkshopView>('GET', `${community(id)}/workshops/${n}`);
  return { ...data, etag: data.etag ?? etag };
}

/** `PUT /api/communities/{id}/workshops/{n}`: saves the whole draft if `etag` is still the stored version. */
export async function putWorkshop(
  api: ApiClient,
  id: string,
  n: WorkshopNumber,
  data: Record<string, unknown>,
  etag: string,
): Promise<WorkshopView> {
  const res = await api.request<WorkshopView>('PUT', `${community(id)}/workshops/${n}`, { body: data, ifMatch: etag });
  return { ...res.data, etag: res.data.etag ?? res.etag };
}
