import { odata, RestError } from '@azure/data-tables';
import type { DigestPreference } from '@elan/core/digest/digestPreference';
import type { DigestState, DigestStore } from '@elan/core/digest/digestStore';
import { isLocale } from '@elan/core/i18n/locale';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything: encoded, they are safe in a row key.
const preferenceKey = (userId: string) => `digest|pref|${encodeURIComponent(userId)}`;
const sentKey = (userId: string, week: string) => `digest|sent|${encodeURIComponent(userId)}|${week}`;

interface DigestRow {
  rowKey?: string;
  enabled?: boolean;
  weekday?: number;
  time?: string;
  locale?: string;
}

/**
 * Table Storage adapter for the weekly digest, in the community's partition: one `digest|pref|{user}` row per
 * facilitator who chose a setting, and one `digest|sent|{user}|{week}` row per digest claimed (inserted before it is
 * sent, so overlapping timer runs send it once).
 */
export class DigestRepository implements DigestStore {
  constructor(private readonly tables: Tables) {}

  async getPreference(tenantId: string, communityId: string, userId: string): Promise<DigestPreference | undefined> {
    try {
      const row = await this.tables.communities.getEntity<DigestRow>(communityPartition(tenantId, communityId), preferenceKey(userId));
      return preferenceOf(row);
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async putPreference(tenantId: string, communityId: string, userId: string, preference: DigestPreference, at: string): Promise<void> {
    await this.tables.communities.upsertEntity(
      { partitionKey: communityPartition(tenantId, communityId), rowKey: preferenceKey(userId), ...preference, updatedAt: at },
      'Replace',
    );
  }

  async listStates(tenantId: string, communityId: string): Promise<DigestState[]> {
    const pk = communityPartition(tenantId, communityId);
    const states = new Map<string, DigestState>();
    const stateOf = (userId: string) => {
      let state = states.get(userId);
      if (!state) states.set(userId, (state = { userId, lastWeekSent: null }));
      return state;
    };
    for await (const row of this.tables.communities.listEntities<DigestRow>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'digest|'} and RowKey lt ${'digest}'}` },
    })) {
      const [, kind, user, week] = String(row.rowKey).split('|');
      if (!user) continue;
      const state = stateOf(decodeURIComponent(user));
      if (kind === 'pref') state.preference = preferenceOf(row);
      else if (kind === 'sent' && week && (state.lastWeekSent === null || week > state.lastWeekSent)) state.lastWeekSent = week;
    }
    return [...states.values()];
  }

  async claimWeek(tenantId: string, communityId: string, userId: string, week: string, at: string): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: sentKey(userId, week),
        claimedAt: at,
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }
}

function preferenceOf(row: DigestRow): DigestPreference {
  return {
    enabled: row.enabled ?? true,
    weekday: row.weekday ?? 1,
    time: row.time ?? '09:00',
    ...(isLocale(row.locale) ? { locale: row.locale } : {}),
  };
}
