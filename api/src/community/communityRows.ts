import { randomUUID } from 'node:crypto';
import { RestError, type TableEntityResult } from '@azure/data-tables';
import type { Membership } from '@elan/core/community/community';
import { statusOf } from '@elan/core/community/memberRules';
import type { RoleChange } from '@elan/core/community/members';

// The shapes of a community partition's rows, kept apart from the repository so the storage logic reads
// without the field-by-field mapping in the way.

export type Row = TableEntityResult<Record<string, unknown>>;

export const metaKey = 'meta';
export const memberKey = (userId: string) => `member|${userId}`;
// Touched by every guarded membership change, so two changes decided on the same data cannot both land.
export const guardKey = 'memberGuard';
export const changePrefix = 'rolechange|';

const longAgo = '1970-01-01T00:00:00.000Z';

/** The membership a member row holds. */
export function toMembership(row: Row): Membership {
  const status = row['status'];
  const source = row['source'];
  return {
    userId: String(row['userId']),
    name: String(row['name']),
    role: row['role'] as Membership['role'],
    source: source === 'team' ? 'team' : 'added',
    status: status === 'inactive' || status === 'invited' ? status : 'active',
    upn: typeof row['upn'] === 'string' && row['upn'] ? row['upn'] : null,
    teamsId: typeof row['teamsId'] === 'string' && row['teamsId'] ? row['teamsId'] : null,
    // Rows stored before this field existed joined before any poll that could ask.
    joinedAt: typeof row['joinedAt'] === 'string' && row['joinedAt'] ? row['joinedAt'] : longAgo,
  };
}

/** A membership with the time it was first stored: kept from the row read, else now. */
export const stamped = (member: Membership): Membership => (member.joinedAt ? member : { ...member, joinedAt: new Date().toISOString() });

/** The member row for a (stamped) membership. */
export function memberRow(partitionKey: string, member: Membership) {
  return {
    partitionKey,
    rowKey: memberKey(member.userId),
    userId: member.userId,
    name: member.name,
    role: member.role,
    source: member.source ?? 'added',
    status: statusOf(member),
    upn: member.upn ?? '',
    teamsId: member.teamsId ?? '',
    joinedAt: member.joinedAt!,
  };
}

/** The role change a role-change row holds. */
export function toRoleChange(row: Row): RoleChange {
  const role = (key: string) => (row[key] ? (String(row[key]) as RoleChange['to']) : null);
  return {
    at: String(row['at']),
    by: { userId: String(row['byId']), name: String(row['byName']) },
    userId: String(row['userId']),
    name: String(row['name']),
    from: role('from'),
    to: role('to'),
  };
}

/** The role-change row for a change. */
export function changeRow(partitionKey: string, change: RoleChange) {
  // Time first so the log lists in order; the random tail keeps two changes in the same millisecond apart.
  return {
    partitionKey,
    rowKey: `${changePrefix}${change.at}|${randomUUID()}`,
    at: change.at,
    byId: change.by.userId,
    byName: change.by.name,
    userId: change.userId,
    name: change.name,
    from: change.from ?? '',
    to: change.to ?? '',
  };
}

/** Whether a storage error carries one of these HTTP statuses. */
export const isStatus = (error: unknown, ...codes: number[]) => error instanceof RestError && codes.includes(error.statusCode ?? 0);
