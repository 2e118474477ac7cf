import type { Role } from '@elan/core/community/community';
import type { MembersView, MemberView } from '@elan/core/community/members';
import type { ApiClient } from './client';

const members = (id: string) => `/api/communities/${encodeURIComponent(id)}/members`;
// Invitations have ids like `upn:name@org`: always encoded as one path segment.
const member = (id: string, userId: string) => `${members(id)}/${encodeURIComponent(userId)}`;

/** `GET /api/communities/{id}/members`: everyone (sorted by name), the role changes, and whether I may manage them. */
export async function listMembers(api: ApiClient, id: string): Promise<MembersView> {
  return (await api.request<MembersView>('GET', members(id))).data;
}

/** `PATCH …/members/{userId}`: a facilitator changes a role; 409 `error.lastFacilitator` if none would be left. */
export async function changeRole(api: ApiClient, id: string, userId: string, role: Role): Promise<MemberView> {
  return (await api.request<MemberView>('PATCH', member(id, userId), { body: { role } })).data;
}

/** `POST …/members`: adds a person by Entra account (a UPN, kept as an invitation, or an object id). */
export async function addMemberByAccount(
  api: ApiClient,
  id: string,
  input: { account: string; name: string; role: Role },
): Promise<MemberView> {
  return (await api.request<MemberView>('POST', members(id), { body: input })).data;
}

/** `DELETE …/members/{userId}`: removes a hand-added person or an invitation (409 for the team's own members). */
export async function removeMember(api: ApiClient, id: string, userId: string): Promise<void> {
  await api.request<{ removed: true }>('DELETE', member(id, userId));
}
