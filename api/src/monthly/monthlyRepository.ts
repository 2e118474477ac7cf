import { odata, RestError } from '@azure/data-tables';
import { isLocale } from '@elan/core/i18n/locale';
import type { MonthlyPreference } from '@elan/core/monthly/monthlyPreference';
import type { MonthlyState, MonthlyStore } from '@elan/core/monthly/monthlyStore';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything: encoded, they are safe in a row key.
const preferenceKey = (userId: string) => `monthly|pref|${encodeURIComponent(userId)}`;
const sentKey = (userId: string, month: string) => `monthly|sent|${encodeURIComponent(userId)}|${month}`;

interface MonthlyRow {
  rowKey?: string;
  enabled?: boolean;
  locale?: string;
}

/**
 * Table Storage adapter for the members' monthly summary, in the community's partition: one `monthly|pref|{user}` row
 * per member who chose, and one `monthly|sent|{user}|{month}` row per summary claimed (inserted before it is sent,
 * so overlapping timer runs send it once; deleted again when the send reached nobody).
 */
export class MonthlyRepository implements MonthlyStore {
  constructor(private readonly tables: Tables) {}

  async getPreference(tenantId: string, communityId: string, userId: string): Promise<MonthlyPreference | undefined> {
    try {
      const row = await this.tables.communities.getEntity<MonthlyRow>(communityPartition(tenantId, communityId), preferenceKey(userId));
      return preferenceOf(row);
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async putPreference(tenantId: string, communityId: string, userId: string, preference: MonthlyPreference, at: string): Promise<void> {
    await this.tables.communities.upsertEntity(
      {
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: preferenceKey(userId),
        enabled: preference.enabled,
        ...(preference.locale ? { locale: preference.locale } : {}),
        updatedAt: at,
      },
      'Replace',
    );
  }

  async listStates(tenantId: string, communityId: string): Promise<MonthlyState[]> {
    const pk = communityPartition(tenantId, communityId);
    const states = new Map<string, MonthlyState>();
    for await (const row of this.tables.communities.listEntities<MonthlyRow>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'monthly|'} and RowKey lt ${'monthly}'}` },
    })) {
      const [, kind, user, month] = String(row.rowKey).split('|');
      if (!user) continue;
      const userId = decodeURIComponent(user);
      let state = states.get(userId);
      if (!state) states.set(userId, (state = { userId, lastMonthSent: null }));
      if (kind === 'pref') state.preference = preferenceOf(row);
      else if (kind === 'sent' && month && (state.lastMonthSent === null || month > state.lastMonthSent)) state.lastMonthSent = month;
    }
    return [...states.values()];
  }

  async claimMonth(tenantId: string, communityId: string, userId: string, month: string, at: string): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: sentKey(userId, month),
        claimedAt: at,
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async releaseMonth(tenantId: string, communityId: string, userId: string, month: string): Promise<void> {
    try {
      await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), sentKey(userId, month));
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }
}

function preferenceOf(row: MonthlyRow): MonthlyPreference {
  return { enabled: row.enabled === true, ...(isLocale(row.locale) ? { locale: row.locale } : {}) };
}
