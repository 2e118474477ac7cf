import { odata, type TableClient } from '@azure/data-tables';
import type { Community, CommunityOfUser, Membership } from '@elan/core/community/community';
import { statusOf } from '@elan/core/community/memberRules';
import { isStatus } from './communityRows';

// Index rows live in other partitions: written a few at a time.
const indexConcurrency = 8;

/** Runs `work` over `items`, `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * The per-user index of communities (one partition per tenant and user). It lives outside the community's
 * partition, so no transaction covers it: callers write it before the community rows and clean it after,
 * so that a failure between the two only ever leaves an entry that leads to a 404.
 */
export class UserCommunityIndex {
  constructor(private readonly table: TableClient) {}

  /** Writes (or rewrites) the member's entry for the community. */
  async put(community: Community, member: Membership): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: `${community.tenantId}|${member.userId}`,
        rowKey: community.id,
        name: community.name,
        language: community.language,
        role: member.role,
      },
      'Replace',
    );
  }

  /** Writes the entries of many members, a few at a time. */
  async putAll(community: Community, members: readonly Membership[]): Promise<void> {
    await inPool(members, indexConcurrency, (m) => this.put(community, m));
  }

  /** Removes the member's entry; an entry already gone is fine. */
  async remove(tenantId: string, communityId: string, userId: string): Promise<void> {
    try {
      await this.table.deleteEntity(`${tenantId}|${userId}`, communityId);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }

  /** Removes the entries of many members, a few at a time. */
  async removeAll(tenantId: string, communityId: string, userIds: readonly string[]): Promise<void> {
    await inPool(userIds, indexConcurrency, (id) => this.remove(tenantId, communityId, id));
  }

  /** Rewrites one person's entry from their stored membership (or removes it), after a change that did not land. */
  async restore(community: Community, members: readonly Membership[], userId: string | undefined): Promise<void> {
    if (!userId) return;
    const stored = members.find((m) => m.userId === userId);
    if (stored && statusOf(stored) !== 'inactive') await this.put(community, stored);
    else await this.remove(community.tenantId, community.id, userId);
  }

  /** The communities a user belongs to, by name. */
  async listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]> {
    const pk = `${tenantId}|${userId}`;
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk}` },
    });
    const list: CommunityOfUser[] = [];
    for await (const row of rows) {
      list.push({
        id: row.rowKey ?? '',
        name: String(row['name']),
        language: row['language'] === 'en' ? 'en' : 'fr',
        role: row['role'] as CommunityOfUser['role'],
      });
    }
    return list.sort((a, b) => a.name.localeCompare(b.name));
  }
}
