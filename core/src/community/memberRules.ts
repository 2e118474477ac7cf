import type { Membership, Role } from './community';
import { DomainError } from '../errors';
import type { MemberStatus } from './members';

/** A person as the Teams roster lists them. */
export interface RosterPerson {
  /** Entra object id. */
  userId: string;
  /** The Teams user id (`29:…`), when the roster gives it. */
  teamsId?: string | null;
  name: string;
  upn: string | null;
}

/** A membership's status, 'active' for rows stored before statuses existed. */
export function statusOf(member: Membership): MemberStatus {
  return member.status ?? 'active';
}

/** Whether a person may act in the community now (vote, answer, be rotated into a role, receive documents). */
export function isActive(member: Membership): boolean {
  return statusOf(member) === 'active';
}

/**
 * Refuses a change that would leave the community without an active facilitator: the last one can be
 * neither demoted nor removed (someone must be able to manage it).
 */
export function keepAFacilitator(members: readonly Membership[], userId: string, next: { role: Role; active: boolean } | null): void {
  const current = members.find((m) => m.userId === userId);
  if (!current || current.role !== 'facilitator' || !isActive(current)) return;
  if (next && next.role === 'facilitator' && next.active) return;
  const others = members.filter((m) => m.userId !== userId && m.role === 'facilitator' && isActive(m));
  if (others.length === 0) throw new DomainError('error.lastFacilitator', 409);
}

/** A roster person as a member: newcomers join as members, people coming back keep the role they had. */
export function asRosterMember(known: Membership | undefined, person: RosterPerson): Membership {
  const teamsId = person.teamsId ?? known?.teamsId ?? null;
  return known
    ? { ...known, name: person.name || known.name, upn: person.upn ?? known.upn ?? null, teamsId, source: 'team', status: 'active' }
    : { userId: person.userId, name: person.name, role: 'member', source: 'team', status: 'active', upn: person.upn, teamsId };
}

/** What reading a roster changes: people to store (new, back, or renamed) and people who left. */
export interface RosterPlan {
  put: Membership[];
  leave: Membership[];
}

/**
 * Compares the stored members with the team's roster. Newcomers join as members; people back in the team
 * are active again with the role they had; roster people who left become inactive. People added by hand
 * are never made inactive by a roster (they may not be in the team on purpose: a sponsor, a guest).
 */
export function planRosterSync(stored: readonly Membership[], roster: readonly RosterPerson[]): RosterPlan {
  const byId = new Map(stored.map((m) => [m.userId, m]));
  const inRoster = new Set<string>();
  const put: Membership[] = [];
  for (const person of roster) {
    if (!person.userId || inRoster.has(person.userId)) continue;
    inRoster.add(person.userId);
    const known = byId.get(person.userId);
    const next = asRosterMember(known, person);
    const same =
      known &&
      statusOf(known) === 'active' &&
      known.source === 'team' &&
      known.name === next.name &&
      (known.upn ?? null) === next.upn &&
      (known.teamsId ?? null) === next.teamsId;
    if (!same) {
      put.push(next);
    }
  }
  const leave = stored.filter((m) => m.source === 'team' && isActive(m) && !inRoster.has(m.userId));
  return { put, leave };
}
