import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { EraseStore } from '@elan/core/privacy/eraseStore';
import { retentionPartition, retentionRowKey } from './retentionRepository';
import { type Tables, communityPartition } from '../storage/tables';

/** Deletes every row of a partition (or of a range of partitions), in batches of 100 per partition. */
async function deleteWhere(table: TableClient, filter: string): Promise<number> {
  const byPartition = new Map<string, string[]>();
  for await (const row of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    const list = byPartition.get(row.partitionKey!) ?? [];
    list.push(row.rowKey!);
    byPartition.set(row.partitionKey!, list);
  }
  let count = 0;
  for (const [partitionKey, rowKeys] of byPartition) {
    for (let i = 0; i < rowKeys.length; i += 100) {
      const batch = rowKeys.slice(i, i + 100).map((rowKey): TransactionAction => ['delete', { partitionKey, rowKey }]);
      await table.submitTransaction(batch);
      count += batch.length;
    }
  }
  return count;
}

/** Table Storage adapter that erases a community from every table Élan uses. */
export class EraseRepository implements EraseStore {
  constructor(private readonly tables: Tables) {}

  async eraseCommunity(tenantId: string, communityId: string): Promise<{ rows: number }> {
    const pk = communityPartition(tenantId, communityId);
    const members: string[] = [];
    for await (const row of this.tables.communities.listEntities<{ userId: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${'member|'} and RowKey lt ${'member}'}`, select: ['userId'] },
    })) {
      members.push(row.userId);
    }
    let rows = 0;
    // Ballots and compass responses live in partitions named `<tenant>|<community>|…`.
    rows += await deleteWhere(this.tables.ballots, odata`PartitionKey gt ${`${pk}|`} and PartitionKey lt ${`${pk}}`}`);
    for (const userId of members) {
      rows += await deleteWhere(
        this.tables.userCommunities,
        odata`PartitionKey eq ${`${tenantId}|${userId}`} and RowKey eq ${communityId}`,
      );
    }
    for await (const row of this.tables.conversations.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${tenantId} and communityId eq ${communityId}` },
    })) {
      await this.tables.conversations.updateEntity({ partitionKey: row.partitionKey!, rowKey: row.rowKey!, communityId: '' }, 'Merge');
    }
    rows += await deleteWhere(
      this.tables.communities,
      odata`PartitionKey eq ${retentionPartition} and RowKey eq ${retentionRowKey(tenantId, communityId)}`,
    );
    // The community partition last: while it exists the community can still be found and erased again.
    rows += await deleteWhere(this.tables.communities, odata`PartitionKey eq ${pk}`);
    return { rows };
  }
}
