import type { Role } from '@elan/core/community/community';
import type {
  CommunityView,
  CompassAnsweredView,
  CompassRunOpenedView,
  CompassView,
  ConversationLinkedView,
  DecisionListView,
  DecisionView,
  MeView,
  PollListView,
  PollOpenedView,
  PollView,
  VersionSummary,
  WorkshopVersionView,
  WorkshopView,
} from '@elan/core/contract';
import type { CreatePollInput } from '@elan/core/polls/poll';
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

// --- Polls, decisions, versions, compass and documents ---------------------------------------------------------

// The wire shapes are core's (the API presenters are typed with them), imported as types only.
export type { CompassView, DecisionView, PollView, VersionSummary };

/** `POST /api/communities/{id}/polls` → the poll and the card members vote from. */
export async function createPoll(api: ApiClient, id: string, poll: CreatePollInput): Promise<PollOpenedView> {
  return (await api.request<PollOpenedView>('POST', `${community(id)}/polls`, { body: poll })).data;
}

/** `GET /api/communities/{id}/polls`, newest first. */
export async function listPolls(api: ApiClient, id: string): Promise<PollView[]> {
  return (await api.request<PollListView>('GET', `${community(id)}/polls`)).data.polls;
}

/** `GET /api/communities/{id}/polls/{pollId}`. */
export async function getPoll(api: ApiClient, id: string, pollId: string): Promise<PollView> {
  return (await api.request<PollView>('GET', `${community(id)}/polls/${encodeURIComponent(pollId)}`)).data;
}

/** `GET /api/communities/{id}/decisions`. */
export async function listDecisions(api: ApiClient, id: string): Promise<DecisionView[]> {
  return (await api.request<DecisionListView>('GET', `${community(id)}/decisions`)).data.decisions;
}

/** `GET …/workshops/{n}/versions`. */
export async function listVersions(api: ApiClient, id: string, n: WorkshopNumber): Promise<VersionSummary[]> {
  return (await api.request<{ versions: VersionSummary[] }>('GET', `${community(id)}/workshops/${n}/versions`)).data.versions;
}

/** `GET …/workshops/{n}/versions/{v}`. */
export async function getVersion(api: ApiClient, id: string, n: WorkshopNumber, version: number): Promise<WorkshopVersionView> {
  return (await api.request<WorkshopVersionView>('GET', `${community(id)}/workshops/${n}/versions/${version}`)).data;
}

/** `POST …/workshops/{n}/versions/{v}/restore` with If-Match: a new version whose data is version v's. */
export async function restoreVersion(api: ApiClient, id: string, n: WorkshopNumber, version: number, etag: string): Promise<WorkshopView> {
  const res = await api.request<WorkshopView>('POST', `${community(id)}/workshops/${n}/versions/${version}/restore`, { ifMatch: etag });
  return { ...res.data, etag: res.data.etag ?? res.etag };
}

/** `GET /api/communities/{id}/compass`. */
export async function getCompass(api: ApiClient, id: string): Promise<CompassView> {
  return (await api.request<CompassView>('GET', `${community(id)}/compass`)).data;
}

/** `POST /api/communities/{id}/compass/runs` (facilitators). */
export async function openCompassRun(api: ApiClient, id: string): Promise<number> {
  return (await api.request<CompassRunOpenedView>('POST', `${community(id)}/compass/runs`)).data.number;
}

/** `PUT …/compass/runs/{number}/responses/me`: my ratings, changeable. */
export async function answerCompass(api: ApiClient, id: string, run: number, ratings: Record<string, number>): Promise<void> {
  await api.request<CompassAnsweredView>('PUT', `${community(id)}/compass/runs/${run}/responses/me`, { body: { ratings } });
}

/** The charter or the impact report as a Word file. */
export function documentPath(id: string, kind: 'charter' | 'impact-report', lang: 'fr' | 'en'): string {
  return `${community(id)}/${kind}.docx?lang=${lang}`;
}

/** Links the Teams conversation (a channel) where the tab is being added to a community (facilitators). */
export async function linkConversation(api: ApiClient, id: string, conversationId: string): Promise<void> {
  await api.request<ConversationLinkedView>('POST', `${community(id)}/conversations`, { body: { conversationId } });
}
