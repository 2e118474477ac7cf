import { odata, RestError } from '@azure/data-tables';
import { type RetentionEntry, type RetentionStore, defaultRetentionMonths } from '@elan/core/privacy/retention';
import { type Tables, communityPartition } from '../storage/tables';

/** The partition of the communities table that indexes every community's last activity and retention. */
export const retentionPartition = '~retention';
/** The index row key of a community. */
export const retentionRowKey = (tenantId: string, communityId: string) => `${tenantId}|${communityId}`;
/** A facilitator's warning of one erasure date, in the community's own partition (erased with it). */
const warningKey = (dueAt: string, userId: string) => `erasurewarning|${dueAt}|${userId}`;
/** A timer run's claim on erasing the community, in its own partition (erased with it). */
const erasureClaimKey = 'erasureclaim';
// A run erases a large community in seconds; a claim this old belongs to a run that died.
const staleClaimMs = 3600 * 1000;

// Activity is noted at most this often per community and process: retention counts in months, so an
// hour's precision costs nothing and keeps autosaves from adding a write each.
const activityPrecisionMs = 3600 * 1000;

/**
 * Table Storage adapter for retention: one row per community in partition `~retention` of the
 * communities table (tenant, community, lastActivityAt, retentionMonths). Erasing a community removes it.
 */
export class RetentionRepository implements RetentionStore {
  private readonly noted = new Map<string, string>();

  constructor(private readonly tables: Tables) {}

  async recordActivity(tenantId: string, communityId: string, at: string): Promise<void> {
    const key = retentionRowKey(tenantId, communityId);
    const last = this.noted.get(key);
    if (last && Math.abs(Date.parse(at) - Date.parse(last)) < activityPrecisionMs) return;
    // Merge: creates the row for a community that has none yet, keeps its retention if it has one.
    await this.tables.communities.upsertEntity(
      { partitionKey: retentionPartition, rowKey: key, tenantId, communityId, lastActivityAt: at },
      'Merge',
    );
    this.noted.set(key, at);
    if (this.noted.size > 10_000) this.noted.clear();
  }

  async setRetention(tenantId: string, communityId: string, months: number): Promise<void> {
    await this.tables.communities.upsertEntity(
      { partitionKey: retentionPartition, rowKey: retentionRowKey(tenantId, communityId), tenantId, communityId, retentionMonths: months },
      'Merge',
    );
  }

  async get(tenantId: string, communityId: string): Promise<RetentionEntry | undefined> {
    try {
      return toEntry(await this.tables.communities.getEntity(retentionPartition, retentionRowKey(tenantId, communityId)));
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  async claimWarning(tenantId: string, communityId: string, dueAt: string, userId: string): Promise<boolean> {
    try {
      // Insert-if-absent: of two overlapping runs, the second gets 409 and sends nothing.
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: warningKey(dueAt, userId),
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async releaseWarning(tenantId: string, communityId: string, dueAt: string, userId: string): Promise<void> {
    await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), warningKey(dueAt, userId)).catch(() => undefined);
  }

  async claimErasure(tenantId: string, communityId: string, now: string): Promise<boolean> {
    const partitionKey = communityPartition(tenantId, communityId);
    try {
      await this.tables.communities.createEntity({ partitionKey, rowKey: erasureClaimKey, claimedAt: now });
      return true;
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 409)) throw error;
    }
    const held = await this.tables.communities.getEntity<{ claimedAt?: string }>(partitionKey, erasureClaimKey).catch((error: unknown) => {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    });
    // Released meanwhile: the next run claims it; a live claim stays its holder's.
    if (!held || Date.parse(now) - Date.parse(held.claimedAt ?? '') < staleClaimMs) return false;
    try {
      // Taken over with its ETag: of two runs taking it over, one wins.
      await this.tables.communities.updateEntity({ partitionKey, rowKey: erasureClaimKey, claimedAt: now }, 'Replace', { etag: held.etag });
      return true;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 404)) return false;
      throw error;
    }
  }

  async releaseErasure(tenantId: string, communityId: string): Promise<void> {
    await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), erasureClaimKey).catch(() => undefined);
  }

  async inactiveSince(before: string): Promise<RetentionEntry[]> {
    const entries: RetentionEntry[] = [];
    for await (const row of this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${retentionPartition} and lastActivityAt lt ${before}` },
    })) {
      const entry = toEntry(row);
      if (entry) entries.push(entry);
    }
    return entries;
  }
}

function toEntry(row: Record<string, unknown>): RetentionEntry | undefined {
  // A row written only by setRetention (no activity noted yet) is not a candidate.
  if (typeof row['lastActivityAt'] !== 'string') return undefined;
  return {
    tenantId: String(row['tenantId']),
    communityId: String(row['communityId']),
    lastActivityAt: row['lastActivityAt'],
    retentionMonths: typeof row['retentionMonths'] === 'number' ? row['retentionMonths'] : defaultRetentionMonths,
  };
}
