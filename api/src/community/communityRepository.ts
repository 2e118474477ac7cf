import { odata, RestError, type TransactionAction } from '@azure/data-tables';
import type { Community, CommunityOfUser, Membership } from '@elan/core/community/community';
import { type Lifecycle, type LifecycleStage, lifecycleStages } from '@elan/core/community/lifecycle';
import { type StoredLifePhase, storedLifePhase } from '@elan/core/community/lifePhase';
import { isActive, statusOf } from '@elan/core/community/memberRules';
import type { RoleChange } from '@elan/core/community/members';
import type { CommunityStore, MemberDecision } from '@elan/core/community/communityStore';
import { workshopNumbers } from '@elan/core/workshops/registry';
import { RecentReads } from '../storage/recentReads';
import { type Tables, communityPartition } from '../storage/tables';
import { emptyWorkshopRow, workshopRowKey } from '../workshops/workshopRepository';
import {
  type Row,
  changePrefix,
  changeRow,
  guardKey,
  isStatus,
  memberKey,
  memberRow,
  metaKey,
  stamped,
  toMembership,
  toRoleChange,
} from './communityRows';
import { UserCommunityIndex } from './userCommunityIndex';

// A transaction holds at most 100 operations.
const batchSize = 100;

/** Table Storage adapter for communities and memberships. */
export class CommunityRepository implements CommunityStore {
  /**
   * Recent member lists per community, for callers that accept a few seconds' staleness. Read ahead from
   * 80 % of the allowed age: a whole roster read on expiry stalled every vote in flight behind it.
   */
  private readonly recentRosters = new RecentReads<Map<string, Membership>>(1000, 60_000, 0.8);

  private readonly index: UserCommunityIndex;

  constructor(private readonly tables: Tables) {
    this.index = new UserCommunityIndex(tables.userCommunities);
  }

  async create(community: Community, facilitator: Membership): Promise<void> {
    const partitionKey = communityPartition(community.tenantId, community.id);
    // The index row goes first: if the batch then fails, a dangling index entry only points to a 404,
    // whereas a community without its index row would be invisible to its creator.
    await this.index.put(community, facilitator);
    try {
      await this.tables.communities.submitTransaction([
        ['create', { partitionKey, rowKey: metaKey, ...community }],
        ['create', memberRow(partitionKey, stamped(facilitator))],
        ...workshopNumbers.map((n): TransactionAction => ['create', { partitionKey, rowKey: workshopRowKey(n), ...emptyWorkshopRow(n) }]),
      ]);
    } catch (error) {
      await this.index.remove(community.tenantId, community.id, facilitator.userId).catch(() => undefined);
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
      ...lifecycleOfRow(row),
      ...lifePhaseOfRow(row),
    };
  }

  async setLifecycle(tenantId: string, communityId: string, next: Lifecycle, from: LifecycleStage): Promise<boolean> {
    const partitionKey = communityPartition(tenantId, communityId);
    const row = await this.read(partitionKey, metaKey);
    if (!row || (lifecycleOfRow(row).lifecycle?.stage ?? 'active') !== from) return false;
    try {
      await this.tables.communities.updateEntity(
        {
          partitionKey,
          rowKey: metaKey,
          lifecycleStage: next.stage,
          lifecycleSince: next.since ?? '',
          lifecycleById: next.by?.userId ?? '',
          lifecycleByName: next.by?.name ?? '',
        },
        'Merge',
        { etag: String(row['etag']) },
      );
      return true;
    } catch (error) {
      // 412: another facilitator changed it in between.
      if (error instanceof RestError && error.statusCode === 412) return false;
      throw error;
    }
  }

  async setLifePhase(tenantId: string, communityId: string, next: StoredLifePhase, from: string | null): Promise<boolean> {
    const partitionKey = communityPartition(tenantId, communityId);
    const row = await this.read(partitionKey, metaKey);
    if (!row || (lifePhaseOfRow(row).lifePhase?.confirmedAt ?? null) !== from) return false;
    try {
      await this.tables.communities.updateEntity(
        {
          partitionKey,
          rowKey: metaKey,
          lifePhase: next.phase,
          lifePhaseAt: next.confirmedAt,
          lifePhaseById: next.confirmedBy.userId,
          lifePhaseByName: next.confirmedBy.name,
        },
        'Merge',
        { etag: String(row['etag']) },
      );
      return true;
    } catch (error) {
      // 412: the row changed in between (another facilitator, or any other change to the community).
      if (isStatus(error, 412)) return false;
      throw error;
    }
  }

  async membership(
    tenantId: string,
    communityId: string,
    userId: string,
    opts: { maxAgeMs?: number } = {},
  ): Promise<Membership | undefined> {
    if (!opts.maxAgeMs) {
      const row = await this.read(communityPartition(tenantId, communityId), memberKey(userId));
      const member = row && toMembership(row);
      return member && isActive(member) ? member : undefined;
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
    await this.putMembers(tenantId, communityId, [member]);
  }

  async putMembers(tenantId: string, communityId: string, given: readonly Membership[]): Promise<void> {
    if (given.length === 0) return;
    const members = given.map(stamped);
    const community = await this.get(tenantId, communityId);
    if (!community) return;
    const partitionKey = communityPartition(tenantId, communityId);
    // Index rows first (as at creation): a dangling index row only leads to a 404.
    await this.index.putAll(
      community,
      members.filter((m) => statusOf(m) !== 'inactive'),
    );
    for (let i = 0; i < members.length; i += batchSize) {
      const batch = members.slice(i, i + batchSize);
      if (batch.length === 1) await this.tables.communities.upsertEntity(memberRow(partitionKey, batch[0]!), 'Replace');
      else
        await this.tables.communities.submitTransaction(
          batch.map((m): TransactionAction => ['upsert', memberRow(partitionKey, m), 'Replace']),
        );
    }
    await this.index.removeAll(
      tenantId,
      communityId,
      members.filter((m) => statusOf(m) === 'inactive').map((m) => m.userId),
    );
    this.amendRoster(tenantId, communityId, members, []);
  }

  async changeMember(tenantId: string, communityId: string, decide: (members: Membership[]) => MemberDecision): Promise<MemberDecision> {
    const community = await this.get(tenantId, communityId);
    if (!community) throw new RestError('community missing', { statusCode: 404 });
    const partitionKey = communityPartition(tenantId, communityId);
    // Whose index row an attempt that then lost its race already rewrote: put back as stored if the retry changes nothing.
    let indexedAhead: string | undefined;
    for (let attempt = 0; ; attempt++) {
      const guard = await this.read(partitionKey, guardKey);
      const members = await this.listMembers(tenantId, communityId, { all: true });
      let decided: MemberDecision;
      try {
        decided = decide(members);
      } catch (error) {
        await this.index.restore(community, members, indexedAhead);
        throw error;
      }
      if (decided === 'unchanged') {
        await this.index.restore(community, members, indexedAhead);
        return decided;
      }
      const decision = decided.put ? { ...decided, put: stamped(decided.put) } : decided;
      const actions: TransactionAction[] = [
        guard
          ? ['update', { partitionKey, rowKey: guardKey, revision: Number(guard['revision'] ?? 0) + 1 }, 'Replace', { etag: guard.etag }]
          : ['create', { partitionKey, rowKey: guardKey, revision: 1 }],
      ];
      if (decision.put) actions.push(['upsert', memberRow(partitionKey, decision.put), 'Replace']);
      if (decision.remove) actions.push(['delete', { partitionKey, rowKey: memberKey(decision.remove) }]);
      if (decision.change) actions.push(['create', changeRow(partitionKey, decision.change)]);
      const stays = decision.put && statusOf(decision.put) !== 'inactive' ? decision.put : undefined;
      if (stays) await this.index.put(community, stays);
      try {
        await this.tables.communities.submitTransaction(actions);
      } catch (error) {
        // Someone changed a membership since we read them: decide again on fresh data.
        if (isStatus(error, 409, 412) && attempt < 8) {
          indexedAhead = stays?.userId;
          continue;
        }
        throw error;
      }
      if (decision.put && !stays) await this.index.remove(tenantId, communityId, decision.put.userId);
      if (decision.remove) await this.index.remove(tenantId, communityId, decision.remove);
      this.amendRoster(tenantId, communityId, decision.put ? [decision.put] : [], decision.remove ? [decision.remove] : []);
      return decision;
    }
  }

  async listMembers(tenantId: string, communityId: string, opts: { all?: boolean } = {}): Promise<Membership[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows = this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${'member|'} and RowKey lt ${'member}'}` },
    });
    const members: Membership[] = [];
    for await (const row of rows) {
      const member = toMembership(row);
      if (opts.all || isActive(member)) members.push(member);
    }
    return members;
  }

  async listRoleChanges(tenantId: string, communityId: string): Promise<RoleChange[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows = this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${changePrefix} and RowKey lt ${'rolechange}'}` },
    });
    const changes: RoleChange[] = [];
    for await (const row of rows) changes.push(toRoleChange(row));
    return changes.reverse();
  }

  /** Keeps the shared recent member list in step with this instance's own writes. */
  private amendRoster(tenantId: string, communityId: string, put: readonly Membership[], removed: readonly string[]): void {
    this.recentRosters.amend(`${tenantId}|${communityId}`, (roster) => {
      const next = new Map(roster);
      for (const m of put) {
        if (isActive(m)) next.set(m.userId, m);
        else next.delete(m.userId);
      }
      for (const id of removed) next.delete(id);
      return next;
    });
  }

  listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]> {
    return this.index.listOfUser(tenantId, userId);
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

/** The lifecycle stored on a community's row; none (active) for rows from before stages existed. */
function lifecycleOfRow(row: Row): { lifecycle?: Lifecycle } {
  const stage = lifecycleStages.find((s) => s === row['lifecycleStage']);
  if (!stage) return {};
  const byId = String(row['lifecycleById'] ?? '');
  return {
    lifecycle: {
      stage,
      since: row['lifecycleSince'] ? String(row['lifecycleSince']) : null,
      by: byId ? { userId: byId, name: String(row['lifecycleByName'] ?? '') } : null,
    },
  };
}

/** The life phase a facilitator confirmed, as stored on a community's row; none when absent or unreadable. */
function lifePhaseOfRow(row: Row): { lifePhase?: StoredLifePhase } {
  const parsed = storedLifePhase.safeParse({
    phase: row['lifePhase'],
    confirmedAt: row['lifePhaseAt'],
    confirmedBy: { userId: row['lifePhaseById'], name: row['lifePhaseByName'] ?? '' },
  });
  return parsed.success ? { lifePhase: parsed.data } : {};
}
