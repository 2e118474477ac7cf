import type { Membership, Principal, Role } from './community';
import { keepAFacilitator, statusOf } from './memberRules';
import { addMemberInput, changeRoleInput, invitePrefix, isUpn, type MembersView, type MemberView, type RoleChange } from './members';
import { DomainError, NotFoundError } from '../errors';
import { can } from '../policies/can';
import type { MemberDecision } from './communityStore';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { authorize } from './access';

/** A membership as the Members page shows it; the UPN only for those who manage members. */
export function presentMember(m: Membership, withUpn: boolean): MemberView {
  return {
    userId: m.userId,
    name: m.name,
    role: m.role,
    source: m.source ?? 'added',
    status: statusOf(m),
    upn: withUpn ? (m.upn ?? null) : null,
  };
}

/** Everyone in a community (roster and added by hand, inactive and invited too), sorted by name. */
export async function listCommunityMembers(stores: Stores, principal: Principal, communityId: string): Promise<MembersView> {
  const { community, membership } = await authorize(stores, principal, communityId, 'community.read');
  const canManage = can(membership.role, 'member.add');
  const [members, changes] = await Promise.all([
    stores.communities.listMembers(principal.tenantId, communityId, { all: true }),
    canManage ? stores.communities.listRoleChanges(principal.tenantId, communityId) : Promise.resolve([]),
  ]);
  return {
    members: members.map((m) => presentMember(m, canManage)).sort((a, b) => a.name.localeCompare(b.name, community.language)),
    changes,
    canManage,
  };
}

function changeOf(by: Principal, member: Pick<Membership, 'userId' | 'name'>, from: Role | null, to: Role | null, at: string): RoleChange {
  return { at, by: { userId: by.userId, name: by.name }, userId: member.userId, name: member.name, from, to };
}

/** Applies a guarded change and returns the membership it stored (or found unchanged). */
async function change(stores: Stores, principal: Principal, communityId: string, decide: (members: Membership[]) => MemberDecision) {
  return stores.communities.changeMember(principal.tenantId, communityId, decide);
}

export interface MemberChangeProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  now: string;
}

/**
 * A facilitator adds a person by their Entra account: an object id (a membership now) or a UPN (an
 * invitation until that person signs in). Adding someone already there changes their role.
 */
export async function addMember({ stores, principal, communityId, now }: MemberChangeProps, input: unknown): Promise<MemberView> {
  await authorize(stores, principal, communityId, 'member.add');
  const data = parseInput(addMemberInput, input);
  const account = 'account' in data ? data.account : data.userId;
  let stored: Membership | undefined;
  await change(stores, principal, communityId, (members) => {
    const upn = isUpn(account) ? account.toLowerCase() : null;
    // A UPN a member already signed in with names that member, not a new invitation.
    const known = members.find((m) => m.userId === account || (upn !== null && m.upn === upn) || m.userId === `${invitePrefix}${upn}`);
    if (known) {
      // Someone who left the team and is added back by hand acts again, as a hand-added person.
      const revive = statusOf(known) === 'inactive';
      stored = revive ? { ...known, role: data.role, status: 'active', source: 'added' } : { ...known, role: data.role };
      if (!revive && known.role === data.role) return 'unchanged';
      keepAFacilitator(members, known.userId, { role: data.role, active: true });
      return { put: stored, change: changeOf(principal, known, revive ? null : known.role, data.role, now) };
    }
    stored = upn
      ? { userId: `${invitePrefix}${upn}`, name: data.name, role: data.role, source: 'added', status: 'invited', upn }
      : { userId: account, name: data.name, role: data.role, source: 'added', status: 'active', upn: null };
    return { put: stored, change: changeOf(principal, stored, null, data.role, now) };
  });
  return presentMember(stored!, true);
}

/** A facilitator changes a person's role; the last active facilitator cannot be demoted. */
export async function changeMemberRole(props: MemberChangeProps, userId: string, input: unknown): Promise<MemberView> {
  const { stores, principal, communityId, now } = props;
  await authorize(stores, principal, communityId, 'member.add');
  const { role } = parseInput(changeRoleInput, input);
  let stored: Membership | undefined;
  await change(stores, principal, communityId, (members) => {
    const known = members.find((m) => m.userId === userId);
    if (!known) throw new NotFoundError();
    stored = { ...known, role };
    if (known.role === role) return 'unchanged';
    keepAFacilitator(members, userId, { role, active: statusOf(known) === 'active' });
    return { put: stored, change: changeOf(principal, known, known.role, role, now) };
  });
  return presentMember(stored!, true);
}

/**
 * A facilitator removes a person added by hand, or withdraws an invitation. People from the team's roster
 * stay as long as they are in the team (the team manages them); the last facilitator stays.
 */
export async function removeMember(props: MemberChangeProps, userId: string): Promise<void> {
  const { stores, principal, communityId, now } = props;
  await authorize(stores, principal, communityId, 'member.add');
  await change(stores, principal, communityId, (members) => {
    const known = members.find((m) => m.userId === userId);
    if (!known) throw new NotFoundError();
    if (known.source === 'team' && statusOf(known) === 'active') throw new DomainError('error.memberFromTeam', 409);
    keepAFacilitator(members, userId, null);
    return { remove: userId, change: changeOf(principal, known, known.role, null, now) };
  });
}
