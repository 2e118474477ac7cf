import { RestError } from '@azure/data-tables';
import type { WelcomeStep, WelcomeStore } from '@elan/core/community/welcomeStore';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything: encoded, they are safe in a row key.
const claimKey = (step: WelcomeStep, userId: string) => `welcome|${step}|${encodeURIComponent(userId)}`;

/**
 * Table Storage adapter for newcomers' welcomes, in the community's partition: one `welcome|{step}|{user}` row per
 * step claimed, inserted before the send so a retried or overlapping delivery sends it once.
 */
export class WelcomeRepository implements WelcomeStore {
  constructor(private readonly tables: Tables) {}

  async claim(tenantId: string, communityId: string, userId: string, step: WelcomeStep, at: string): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: claimKey(step, userId),
        claimedAt: at,
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async release(tenantId: string, communityId: string, userId: string, step: WelcomeStep): Promise<void> {
    try {
      await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), claimKey(step, userId));
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }
}
