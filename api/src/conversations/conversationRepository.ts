import { odata, RestError, type TableClient } from '@azure/data-tables';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import type { ConversationStore } from '@elan/core/conversations/conversationStore';

// Conversation ids carry characters Table keys may not (e.g. '/' in some ids): encode them.
const rowKey = (conversationId: string) => Buffer.from(conversationId).toString('base64url');

/** Table Storage adapter for conversation references: one row per conversation, partitioned by tenant. */
export class ConversationRepository implements ConversationStore {
  constructor(private readonly table: TableClient) {}

  async save(ref: Omit<ConversationRef, 'communityId'>): Promise<void> {
    // Merge keeps the community link made earlier by a facilitator.
    await this.table.upsertEntity({ partitionKey: ref.tenantId, rowKey: rowKey(ref.conversationId), ...flatten(ref) }, 'Merge');
  }

  async get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined> {
    try {
      return unflatten(await this.table.getEntity(tenantId, rowKey(conversationId)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async link(tenantId: string, conversationId: string, communityId: string | null): Promise<void> {
    // A new link owes a roster read into its community.
    await this.table.updateEntity(
      { partitionKey: tenantId, rowKey: rowKey(conversationId), communityId: communityId ?? '', rosterSyncedAt: '' },
      'Merge',
    );
  }

  async deactivate(tenantId: string, conversationId: string, at: string): Promise<void> {
    try {
      await this.table.updateEntity({ partitionKey: tenantId, rowKey: rowKey(conversationId), active: false, updatedAt: at }, 'Merge');
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }

  async linkedTo(tenantId: string, communityId: string): Promise<ConversationRef[]> {
    return this.query(odata`PartitionKey eq ${tenantId} and communityId eq ${communityId} and active eq true`);
  }

  async personal(tenantId: string, userId: string): Promise<ConversationRef | undefined> {
    return (
      await this.query(odata`PartitionKey eq ${tenantId} and userId eq ${userId} and conversationType eq ${'personal'} and active eq true`)
    )[0];
  }

  async linkedVia(tenantId: string, conversationId: string, teamId: string | null): Promise<ConversationRef[]> {
    const linked = (refs: ConversationRef[]) => refs.filter((r) => r.communityId !== null);
    const own = await this.get(tenantId, conversationId);
    const byTeam = teamId ? await this.query(odata`PartitionKey eq ${tenantId} and teamId eq ${teamId} and active eq true`) : [];
    const all = new Map([...(own?.active ? [own] : []), ...byTeam].map((r) => [r.conversationId, r]));
    return linked([...all.values()]);
  }

  async markRosterSynced(tenantId: string, conversationId: string, at: string | null): Promise<void> {
    try {
      await this.table.updateEntity({ partitionKey: tenantId, rowKey: rowKey(conversationId), rosterSyncedAt: at ?? '' }, 'Merge');
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }

  async listLinked(): Promise<ConversationRef[]> {
    return (await this.query(odata`active eq true and communityId gt ${''}`)).filter((r) => r.communityId !== null);
  }

  private async query(filter: string): Promise<ConversationRef[]> {
    const list: ConversationRef[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) list.push(unflatten(row));
    return list;
  }
}

function flatten(ref: Omit<ConversationRef, 'communityId'>): Record<string, unknown> {
  // The roster read time is written only by markRosterSynced: a refresh of the reference keeps it.
  const { bot, teamId, userId, rosterSyncedAt: _synced, ...rest } = ref;
  return { ...rest, botId: bot.id, botName: bot.name, teamId: teamId ?? '', userId: userId ?? '' };
}

function unflatten(row: Record<string, unknown>): ConversationRef {
  const text = (key: string) => String(row[key] ?? '');
  return {
    tenantId: text('tenantId'),
    conversationId: text('conversationId'),
    conversationType: text('conversationType') as ConversationRef['conversationType'],
    serviceUrl: text('serviceUrl'),
    channelId: text('channelId'),
    bot: { id: text('botId'), name: text('botName') },
    teamId: text('teamId') || null,
    userId: text('userId') || null,
    communityId: text('communityId') || null,
    rosterSyncedAt: text('rosterSyncedAt') || null,
    active: row['active'] === true,
    updatedAt: text('updatedAt'),
  };
}
