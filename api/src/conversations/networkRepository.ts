import { odata } from '@azure/data-tables';
import type { NetworkStore } from '@elan/core/conversations/networkStore';
import { type Tables, communityPartition } from '../storage/tables';

// Conversation ids carry ':' '@' ';': encoded, they are safe in a row key.
const rowKey = (conversationId: string) => `network|${encodeURIComponent(conversationId)}`;

/** Table Storage adapter for a community's wider network: one row per channel, in the community's partition. */
export class NetworkRepository implements NetworkStore {
  constructor(private readonly tables: Tables) {}

  async add(tenantId: string, communityId: string, conversationId: string, at: string): Promise<void> {
    await this.tables.communities.upsertEntity(
      { partitionKey: communityPartition(tenantId, communityId), rowKey: rowKey(conversationId), conversationId, addedAt: at },
      'Merge',
    );
  }

  async remove(tenantId: string, communityId: string, conversationId: string): Promise<void> {
    await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), rowKey(conversationId)).catch(() => undefined);
  }

  async list(tenantId: string, communityId: string): Promise<string[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows: { conversationId: string; addedAt: string }[] = [];
    for await (const row of this.tables.communities.listEntities<{ conversationId: string; addedAt: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'network|'} and RowKey lt ${'network}'}` },
    }))
      rows.push({ conversationId: row.conversationId, addedAt: row.addedAt });
    return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt)).map((r) => r.conversationId);
  }
}
