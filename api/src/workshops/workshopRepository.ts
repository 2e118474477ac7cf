import { odata, RestError, type TableEntityResult } from '@azure/data-tables';
import type { Author } from '@elan/core/community/author';
import type { SaveResult, StoredWorkshop, WorkshopStore, WorkshopVersionInfo } from '@elan/core/workshops/workshopStore';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { fromChunks, toChunks } from '../storage/jsonChunks';
import { type Tables, communityPartition } from '../storage/tables';

type Row = TableEntityResult<Record<string, unknown>>;

/** Row key of a workshop's current version. */
export const workshopRowKey = (n: WorkshopNumber) => `workshop|${n}`;
/** Row key of one saved version; zero-padded so versions sort in order. */
const historyRowKey = (n: WorkshopNumber, version: number) => `workshop|${n}|v${String(version).padStart(6, '0')}`;

/** The row a new community starts with for each workshop: empty data, version 0. */
export function emptyWorkshopRow(n: WorkshopNumber): Record<string, unknown> {
  return { n, version: 0, ...toChunks('{}'), updatedAt: '', updatedById: '', updatedByName: '' };
}

/** Top-level fields whose value differs between two versions. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function toWorkshop(row: Row): StoredWorkshop {
  const updatedById = String(row['updatedById'] ?? '');
  return {
    n: Number(row['n']) as WorkshopNumber,
    data: JSON.parse(fromChunks(row) || '{}') as Record<string, unknown>,
    version: Number(row['version'] ?? 0),
    etag: row.etag,
    updatedAt: row['updatedAt'] ? String(row['updatedAt']) : null,
    updatedBy: updatedById ? { userId: updatedById, name: String(row['updatedByName'] ?? '') } : null,
  };
}

/** Table Storage adapter for workshops, with ETag-guarded saves and a history row per version. */
export class WorkshopRepository implements WorkshopStore {
  constructor(private readonly tables: Tables) {}

  async get(tenantId: string, communityId: string, n: WorkshopNumber): Promise<StoredWorkshop | undefined> {
    try {
      return toWorkshop(await this.tables.communities.getEntity(communityPartition(tenantId, communityId), workshopRowKey(n)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async list(tenantId: string, communityId: string): Promise<StoredWorkshop[]> {
    const pk = communityPartition(tenantId, communityId);
    // Current rows are `workshop|1`..`workshop|6`; history rows (`workshop|1|v…`) are longer and skipped.
    const rows = this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${'workshop|'} and RowKey lt ${'workshop}'}` },
    });
    const list: StoredWorkshop[] = [];
    for await (const row of rows) if (/^workshop\|\d$/.test(row.rowKey ?? '')) list.push(toWorkshop(row));
    return list;
  }

  async versions(tenantId: string, communityId: string, n: WorkshopNumber): Promise<WorkshopVersionInfo[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows = this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: {
        filter: odata`PartitionKey eq ${pk} and RowKey gt ${`${workshopRowKey(n)}|v`} and RowKey lt ${`${workshopRowKey(n)}|w`}`,
        select: ['version', 'updatedAt', 'updatedById', 'updatedByName', 'changed'],
      },
    });
    const list: WorkshopVersionInfo[] = [];
    for await (const row of rows) {
      list.push({
        version: Number(row['version']),
        updatedAt: String(row['updatedAt']),
        updatedBy: { userId: String(row['updatedById']), name: String(row['updatedByName']) },
        changed: JSON.parse(String(row['changed'] ?? '[]')) as string[],
      });
    }
    return list.sort((a, b) => b.version - a.version);
  }

  async version(tenantId: string, communityId: string, n: WorkshopNumber, version: number): Promise<StoredWorkshop | undefined> {
    try {
      return toWorkshop(await this.tables.communities.getEntity(communityPartition(tenantId, communityId), historyRowKey(n, version)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async save(
    tenantId: string,
    communityId: string,
    n: WorkshopNumber,
    data: Record<string, unknown>,
    etag: string,
    by: Author,
  ): Promise<SaveResult> {
    const partitionKey = communityPartition(tenantId, communityId);
    const current = await this.get(tenantId, communityId, n);
    if (!current) throw new RestError('workshop row missing', { statusCode: 404 });
    if (current.etag !== etag) return { ok: false, current };
    const version = current.version + 1;
    const updatedAt = new Date().toISOString();
    const props = { n, version, ...toChunks(JSON.stringify(data)), updatedAt, updatedById: by.userId, updatedByName: by.name };
    try {
      // One transaction: the guarded replace of the current row and the new history row land together or not at all.
      const response = await this.tables.communities.submitTransaction([
        ['update', { partitionKey, rowKey: workshopRowKey(n), ...props }, 'Replace', { etag }],
        [
          'create',
          { partitionKey, rowKey: historyRowKey(n, version), ...props, changed: JSON.stringify(changedFields(current.data, data)) },
        ],
      ]);
      const newEtag = response.subResponses.find((r) => r.rowKey === workshopRowKey(n))?.etag;
      const workshop = newEtag ? { n, data, version, etag: newEtag, updatedAt, updatedBy: by } : await this.get(tenantId, communityId, n);
      return { ok: true, workshop: workshop! };
    } catch (error) {
      // 412: someone saved in between; 409: their history row for this version exists already.
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 409)) {
        return { ok: false, current: (await this.get(tenantId, communityId, n))! };
      }
      throw error;
    }
  }
}
