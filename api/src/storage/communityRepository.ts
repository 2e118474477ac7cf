import { odata, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { Community, CommunityOfUser, Membership } from '@elan/core/community/community';
import type { CommunityStore } from '@elan/core/ports/stores';
import { workshopNumbers } from '@elan/core/workshops/registry';
import { RecentReads } from './recentReads';
import { type Tables, communityPartition } from './tables';
import { emptyWorkshopRow, workshopRowKey } from './workshopRepository';

type Row = TableEntityResult<Record<string, unknown>>;

const metaKey = 'meta';
const memberKey = (userId: string) => `member|${userId}`;

function toMembership(row: Row): Membership {
  return { userId: String(row['userId']), name: String(row['name']), role: row['role'] as Membership['role'] };
}

/** Table Storage adapter for communities and memberships. */
export class CommunityRepository implements CommunityStore {
  /** Recent member lists per community, for callers that accept a few seconds' staleness. */
  private readonly recentRosters = new RecentReads<Map<string, Membership>>();

  constructor(private readonly tables: Tables) {}

  async create(community: Community, facilitator: Membership): Promise<void> {
    const partitionKey = communityPartition(community.tenantId, community.id);
    // The index row goes first: if the batch then fails, a dangling index entry only points to a 404,
    // whereas a community without its index row would be invisible to its creator.
    await this.indexMember(community, facilitator);
    try {
      await this.tables.communities.submitTransaction([
        ['create', { partitionKey, rowKey: metaKey, ...community }],
        ['create', { partitionKey, rowKey: memberKey(facilitator.userId), ...facilitator }],
        ...workshopNumbers.map((n): TransactionAction => ['create', { partitionKey, rowKey: workshopRowKey(n), ...emptyWorkshopRow(n) }]),
      ]);
    } catch (error) {
      await this.tables.userCommunities.deleteEntity(`${community.tenantId}|${facilitator.userId}`, community.id).catch(() => undefined);
      throw error;
    }
  }

  async get(tenantId: string, communityId: string): Promise<Community | undefined> {
    const row = await this.read(communityPartition(tenantId, communityId), metaKey);
    if (!row) return undefined;
    return {
      id: String(row['id']),
      tenantId: String(row['tenantId']),
      name: String(row['name']),
      language: row['language'] === 'en' ? 'en' : 'fr',
      createdAt: String(row['createdAt']),
      createdBy: String(row['createdBy']),
    };
  }

  async membership(
    tenantId: string,
    communityId: string,
    userId: string,
    opts: { maxAgeMs?: number } = {},
  ): Promise<Membership | undefined> {
    if (!opts.maxAgeMs) {
      const row = await this.read(communityPartition(tenantId, communityId), memberKey(userId));
      return row ? toMembership(row) : undefined;
    }
    return (await this.roster(tenantId, communityId, opts.maxAgeMs)).get(userId);
  }

  /**
   * The community's members by id, read at most once per `maxAgeMs` and shared by concurrent callers: a
   * hundred members voting at once cost one list query, not a hundred point reads.
   */
  private roster(tenantId: string, communityId: string, maxAgeMs: number): Promise<Map<string, Membership>> {
    return this.recentRosters.get(`${tenantId}|${communityId}`, maxAgeMs, async () => {
      const list = await this.listMembers(tenantId, communityId);
      return new Map(list.map((m) => [m.userId, m]));
    });
  }

  async putMember(tenantId: string, communityId: string, member: Membership): Promise<void> {
    const community = await this.get(tenantId, communityId);
    if (!community) return;
    await this.indexMember(community, member);
    await this.tables.communities.upsertEntity(
      { partitionKey: communityPartition(tenantId, communityId), rowKey: memberKey(member.userId), ...member },
      'Replace',
    );
    this.recentRosters.amend(`${tenantId}|${communityId}`, (roster) => new Map(roster).set(member.userId, member));
  }

  async listMembers(tenantId: string, communityId: string): Promise<Membership[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows = this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${'member|'} and RowKey lt ${'member}'}` },
    });
    const members: Membership[] = [];
    for await (const row of rows) members.push(toMembership(row));
    return members;
  }

  async listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]> {
    const pk = `${tenantId}|${userId}`;
    const rows = this.tables.userCommunities.listEntities<Record<string, unknown>>({
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

  private async indexMember(community: Community, member: Membership): Promise<void> {
    await this.tables.userCommunities.upsertEntity(
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

  private async read(partitionKey: string, rowKey: string): Promise<Row | undefined> {
    try {
      return await this.tables.communities.getEntity<Record<string, unknown>>(partitionKey, rowKey);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }
}
