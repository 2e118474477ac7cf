import type { Principal } from './community';
import { asRosterMember, isActive, keepAFacilitator, planRosterSync, type RosterPerson } from './memberRules';
import type { TeamRoster } from './roster';
import { channelConversationId, type ConversationRef } from '../conversations/conversation';
import type { Stores } from '../stores';
import type { Newcomers } from './newcomerWelcome';

/** What one roster read changed in a community. */
export interface RosterSyncResult {
  communityId: string;
  stored: number;
  left: number;
}

/**
 * Makes someone who left inactive: past votes and answers stay, eligibility ends. Guarded, so the last
 * active facilitator stays active (the community must keep someone who can manage it).
 */
async function leave(stores: Stores, tenantId: string, communityId: string, userId: string): Promise<boolean> {
  let left = false;
  await stores.communities.changeMember(tenantId, communityId, (members) => {
    const known = members.find((m) => m.userId === userId);
    if (!known || !isActive(known) || known.source !== 'team') return 'unchanged';
    try {
      keepAFacilitator(members, userId, null);
    } catch {
      return 'unchanged';
    }
    left = true;
    return { put: { ...known, status: 'inactive' } };
  });
  return left;
}

/**
 * Reads the whole roster of a linked conversation's team (or chat) and stores it as the community's
 * members. Every page is read before anything is written, so a connector failure writes nothing; the
 * conversation is then left marked as owing a read, which the roster timer retries.
 */
export async function syncRoster(
  stores: Stores,
  roster: TeamRoster,
  ref: ConversationRef,
  now: string,
): Promise<RosterSyncResult | undefined> {
  const communityId = ref.communityId;
  if (!communityId || !ref.active || ref.conversationType === 'personal') return undefined;
  let people: RosterPerson[];
  try {
    people = await roster.list(ref);
  } catch (error) {
    await stores.conversations.markRosterSynced(ref.tenantId, ref.conversationId, null);
    throw error;
  }
  const stored = await stores.communities.listMembers(ref.tenantId, communityId, { all: true });
  const plan = planRosterSync(stored, people);
  await stores.communities.putMembers(ref.tenantId, communityId, plan.put);
  let left = 0;
  for (const m of plan.leave) if (await leave(stores, ref.tenantId, communityId, m.userId)) left++;
  await stores.conversations.markRosterSynced(ref.tenantId, ref.conversationId, now);
  return { communityId, stored: plan.put.length, left };
}

/** Conversations an activity's members belong to: the conversation itself, or the team it is a channel of. */
function linkedRefs(stores: Stores, tenantId: string, conversationId: string, teamId: string | null) {
  return stores.conversations.linkedVia(tenantId, channelConversationId(conversationId), teamId);
}

/**
 * Teams said people joined a team or chat: they become members of every community linked to it. Returns, per
 * community, those who were not active members of it before (the newcomers to welcome).
 */
export async function membersJoined(
  stores: Stores,
  roster: TeamRoster,
  where: { tenantId: string; conversationId: string; teamId: string | null },
  people: readonly { userId: string; name?: string }[],
): Promise<Newcomers[]> {
  const refs = await linkedRefs(stores, where.tenantId, where.conversationId, where.teamId);
  if (refs.length === 0 || people.length === 0) return [];
  // membersAdded carries ids (rarely names): read each person once from the roster for name and UPN.
  const found = await Promise.all(people.map((p) => roster.member(refs[0]!, p.userId)));
  const joined = found.filter((p): p is RosterPerson => p !== undefined);
  const newcomers: Newcomers[] = [];
  for (const communityId of new Set(refs.map((r) => r.communityId!))) {
    const stored = await stores.communities.listMembers(where.tenantId, communityId, { all: true });
    const byId = new Map(stored.map((m) => [m.userId, m]));
    await stores.communities.putMembers(
      where.tenantId,
      communityId,
      joined.map((p) => asRosterMember(byId.get(p.userId), p)),
    );
    const known = (userId: string) => {
      const m = byId.get(userId);
      return !!m && isActive(m);
    };
    newcomers.push({ communityId, userIds: joined.map((p) => p.userId).filter((id) => !known(id)) });
  }
  return newcomers;
}

/** Teams said people left a team or chat: they become inactive in every community linked to it. */
export async function membersLeft(
  stores: Stores,
  where: { tenantId: string; conversationId: string; teamId: string | null },
  userIds: readonly string[],
): Promise<void> {
  const refs = await linkedRefs(stores, where.tenantId, where.conversationId, where.teamId);
  for (const communityId of new Set(refs.map((r) => r.communityId!))) {
    for (const userId of userIds) await leave(stores, where.tenantId, communityId, userId);
  }
}

/**
 * A card action from someone not (or no longer) an active member: if the card's conversation is linked to
 * that community and the connector lists them in its team, they are stored as a member and may act.
 * Anyone else is refused, and nothing is stored. True when admitted.
 */
export async function admitFromRoster(
  stores: Stores,
  roster: TeamRoster,
  principal: Principal,
  conversationId: string,
  communityId: string,
): Promise<boolean> {
  const ref = await stores.conversations.get(principal.tenantId, channelConversationId(conversationId));
  if (!ref?.active || ref.communityId !== communityId || ref.conversationType === 'personal') return false;
  const person = await roster.member(ref, principal.userId);
  if (!person) return false;
  // Rare (someone who joined since the last read): reading the whole list here keeps a returning person's role.
  const known = (await stores.communities.listMembers(principal.tenantId, communityId, { all: true })).find(
    (m) => m.userId === person.userId,
  );
  await stores.communities.putMembers(principal.tenantId, communityId, [
    asRosterMember(known, { ...person, name: person.name || principal.name }),
  ]);
  return true;
}

/** Reads a roster now; on failure it stays owed (marked by `syncRoster`) for the roster timer, and this says false. */
export async function syncRosterOrOwe(stores: Stores, roster: TeamRoster, ref: ConversationRef, now: string): Promise<boolean> {
  try {
    await syncRoster(stores, roster, ref, now);
    return true;
  } catch {
    return false;
  }
}

export interface RosterReinstalledProps {
  stores: Stores;
  roster: TeamRoster;
  /** Where the bot was installed: the conversation, and its team in a channel. */
  where: { tenantId: string; conversationId: string; teamId: string | null };
  now: string;
}

/**
 * The bot was (re)installed: conversations already linked through this team or chat read its roster again,
 * since people may have come and gone while the bot was away. A read that fails is owed to the roster timer.
 */
export async function rosterReinstalled({ stores, roster, where, now }: RosterReinstalledProps): Promise<void> {
  for (const ref of await linkedRefs(stores, where.tenantId, where.conversationId, where.teamId)) {
    await syncRosterOrOwe(stores, roster, ref, now);
  }
}
