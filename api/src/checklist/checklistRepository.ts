import { RestError } from '@azure/data-tables';
import type { ChecklistStore, StoredChecklist } from '@elan/core/checklist/checklistStore';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything: encoded, they are safe in a row key.
const rowKey = (userId: string) => `checklist|${encodeURIComponent(userId)}`;

/** Table Storage adapter for the competence checklist: one `checklist|{user}` row per facilitator, in the community's partition. */
export class ChecklistRepository implements ChecklistStore {
  constructor(private readonly tables: Tables) {}

  async get(tenantId: string, communityId: string, userId: string): Promise<StoredChecklist | undefined> {
    try {
      const row = await this.tables.communities.getEntity<{ answers?: string; updatedAt?: string }>(
        communityPartition(tenantId, communityId),
        rowKey(userId),
      );
      return { answers: JSON.parse(row.answers ?? '{}') as StoredChecklist['answers'], updatedAt: row.updatedAt ?? '' };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async put(tenantId: string, communityId: string, userId: string, checklist: StoredChecklist): Promise<void> {
    await this.tables.communities.upsertEntity(
      {
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: rowKey(userId),
        answers: JSON.stringify(checklist.answers),
        updatedAt: checklist.updatedAt,
      },
      'Replace',
    );
  }
}
