import type { MeetingListView, NotebookListView, NotebookView } from '@elan/core/contract';
import type { NotebookRef } from '@elan/core/notebooks/notebook';
import type { ApiClient } from './client';

const notebooks = (id: string) => `/api/communities/${encodeURIComponent(id)}/notebooks`;
const notebook = (id: string, nid: string) => `${notebooks(id)}/${encodeURIComponent(nid)}`;

/** What to look for in the notebooks: words (accents and case folded by the API) and one tag. */
export interface NotebookQuery {
  text: string;
  tag: string;
}

/** `GET /api/communities/{id}/notebooks?q=&tag=`: the notebooks I may see, newest meeting first, and the matching resources. */
export async function listNotebooks(api: ApiClient, id: string, query: NotebookQuery): Promise<NotebookListView> {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.tag.trim()) params.set('tag', query.tag.trim());
  const search = params.toString();
  return (await api.request<NotebookListView>('GET', `${notebooks(id)}${search ? `?${search}` : ''}`)).data;
}

/** `POST …/notebooks`: opens (creates the first time) a meeting's notebook or the between-meetings one. */
export async function openNotebook(api: ApiClient, id: string, ref: NotebookRef): Promise<NotebookView> {
  return (await api.request<NotebookView>('POST', notebooks(id), { body: ref })).data;
}

/** `GET …/notebooks/{nid}`: one notebook as I may see it (404 when I may see none of it). */
export async function getNotebook(api: ApiClient, id: string, nid: string): Promise<NotebookView> {
  return (await api.request<NotebookView>('GET', notebook(id, nid))).data;
}

/** `PUT …/notebooks/{nid}` with If-Match: 412 (with `current`) when someone saved first, 400 with field details. */
export async function putNotebook(api: ApiClient, id: string, nid: string, input: unknown, etag: string): Promise<NotebookView> {
  return (await api.request<NotebookView>('PUT', notebook(id, nid), { body: input, ifMatch: etag })).data;
}

/** `POST …/notebooks/{nid}/approve` with If-Match: a facilitator approves (400 `notebook.error.noSummary` without a summary). */
export async function approveNotebook(api: ApiClient, id: string, nid: string, etag: string): Promise<NotebookView> {
  return (await api.request<NotebookView>('POST', `${notebook(id, nid)}/approve`, { ifMatch: etag })).data;
}

/** `GET /api/communities/{id}/meetings`: the meetings the bot ran or announced, oldest first. */
export async function listMeetings(api: ApiClient, id: string): Promise<MeetingListView> {
  return (await api.request<MeetingListView>('GET', `/api/communities/${encodeURIComponent(id)}/meetings`)).data;
}
