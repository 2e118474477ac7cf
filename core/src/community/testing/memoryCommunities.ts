import type { Community, Membership } from '../community';
import type { CommunityStore } from '../communityStore';
import { statusOf } from '../memberRules';

// An in-memory community store with the storage rules the commands rely on (the real adapter runs in
// api/src/community/*.int.test.ts): inactive and invited rows are no membership, an inactive one leaves
// the person's list of communities, and a decision is applied as one write.

/** The store over `communities` and their members (`members[communityId]`, which tests read and change). */
export function memoryCommunities(communities: readonly Community[], members: Record<string, Membership[]>) {
  const rowsOf = (communityId: string) => (members[communityId] ??= []);
  const put = (communityId: string, member: Membership) => {
    const rows = rowsOf(communityId);
    const at = rows.findIndex((m) => m.userId === member.userId);
    if (at >= 0) rows[at] = member;
    else rows.push(member);
  };
  const known = (tenantId: string, communityId: string) => communities.find((c) => c.tenantId === tenantId && c.id === communityId);
  const store: Partial<CommunityStore> = {
    get: async (tenantId, communityId) => known(tenantId, communityId),
    membership: async (tenantId, communityId, userId) =>
      known(tenantId, communityId) ? rowsOf(communityId).find((m) => m.userId === userId && statusOf(m) === 'active') : undefined,
    putMember: async (_t, communityId, member) => put(communityId, member),
    putMembers: async (_t, communityId, list) => list.forEach((m) => put(communityId, m)),
    changeMember: async (_t, communityId, decide) => {
      const decision = decide(rowsOf(communityId).map((m) => ({ ...m })));
      if (decision === 'unchanged') return decision;
      if (decision.remove) members[communityId] = rowsOf(communityId).filter((m) => m.userId !== decision.remove);
      if (decision.put) put(communityId, decision.put);
      return decision;
    },
    listMembers: async (_t, communityId, opts) => rowsOf(communityId).filter((m) => opts?.all || statusOf(m) === 'active'),
    listOfUser: async (tenantId, userId) =>
      communities
        .filter((c) => c.tenantId === tenantId)
        .flatMap((c) => {
          const row = rowsOf(c.id).find((m) => m.userId === userId && statusOf(m) !== 'inactive');
          return row ? [{ id: c.id, name: c.name, language: c.language, role: row.role }] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
  };
  return store as CommunityStore;
}

/** A community of tenant 't' (the conversation fixtures' tenant), named after its id unless told. */
export function communityOf(id: string, overrides: Partial<Community> = {}): Community {
  return {
    id,
    tenantId: 't',
    name: id,
    language: 'fr',
    createdAt: '2026-05-01T09:00:00.000Z',
    createdBy: 'nadia',
    ...overrides,
  };
}
