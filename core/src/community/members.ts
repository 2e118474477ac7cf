import { z } from 'zod';
import { roles, type Role } from './community';

/** Where a membership comes from: the linked team's (or chat's) roster, or a facilitator adding someone by hand. */
export const memberSources = ['team', 'added'] as const;
export type MemberSource = (typeof memberSources)[number];

/** A member who left the team is inactive (history kept, no longer eligible); an invited person has not signed in yet. */
export const memberStatuses = ['active', 'inactive', 'invited'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** Id prefix of an invitation made by UPN, until the person signs in and their object id is known. */
export const invitePrefix = 'upn:';

// An Entra object id (GUID), or any other opaque id the caller already holds (the Playground's, tests').
const objectId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^@\s/\\#?]+$/);
const upn = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(254)
  .regex(/^[^@\s/\\#?]+@[^@\s/\\#?]+\.[^@\s/\\#?]+$/);

/**
 * Body of `POST /api/communities/{id}/members`: a facilitator adds a person by their Entra account — an
 * object id, or a UPN (`name@org`), kept as an invitation until that person next opens Élan.
 * The older `{userId, name, role}` form is still accepted.
 */
export const addMemberInput = z.union([
  z.strictObject({ account: z.union([upn, objectId]), name: z.string().trim().min(1).max(100), role: z.enum(roles) }),
  z.strictObject({ userId: objectId, name: z.string().trim().min(1).max(100), role: z.enum(roles) }),
]);
export type AddMemberInput = z.infer<typeof addMemberInput>;

/** Body of `PATCH /api/communities/{id}/members/{userId}`. */
export const changeRoleInput = z.strictObject({ role: z.enum(roles) });
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** Whether an account string is a UPN (else an object id). */
export function isUpn(account: string): boolean {
  return account.includes('@');
}

/** One person on the Members page. */
export interface MemberView {
  /** Entra object id; `upn:<upn>` for an invitation not yet taken up. */
  userId: string;
  name: string;
  role: Role;
  source: MemberSource;
  status: MemberStatus;
  /** Only facilitators see it (null for everyone else, and when unknown). */
  upn: string | null;
}

/** One recorded role change: `from` null when the person was added, `to` null when removed. */
export interface RoleChange {
  at: string;
  by: { userId: string; name: string };
  userId: string;
  name: string;
  from: Role | null;
  to: Role | null;
}

/** `GET /api/communities/{id}/members`. */
export interface MembersView {
  members: MemberView[];
  /** The role changes, newest first; facilitators only (empty for everyone else). */
  changes: RoleChange[];
  /** Whether the caller may change roles, add and remove people. */
  canManage: boolean;
}
