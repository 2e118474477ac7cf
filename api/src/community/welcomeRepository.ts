import { createHmac } from 'node:crypto';
import { odata, RestError } from '@azure/data-tables';
import {
  type NewcomerPulseAnswer,
  newcomerPulseAnswers,
  type Welcomed,
  type WelcomeStep,
  type WelcomeStore,
} from '@elan/core/community/welcomeStore';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything: encoded, they are safe in a row key.
const claimKey = (step: WelcomeStep, userId: string) => `welcome|${step}|${encodeURIComponent(userId)}`;

interface WelcomeRow {
  rowKey?: string;
  claimedAt?: string;
  answer?: string;
}

/**
 * Table Storage adapter for newcomers' welcomes, in the community's partition: one `welcome|{step}|{user}` row per
 * step claimed (inserted before the send, so a retried or overlapping delivery sends it once), and one
 * `welcome|answer|{keyed hash}` row per pulse answer, keyed as survey answers are (HMAC with the ballot key): one
 * answer per person, and nothing in the row says whose it is.
 */
export class WelcomeRepository implements WelcomeStore {
  constructor(
    private readonly tables: Tables,
    private readonly key: Buffer,
  ) {}

  private answerKey(tenantId: string, communityId: string, userId: string): string {
    const hash = createHmac('sha256', this.key).update(`welcome|${tenantId}|${communityId}|${userId}`).digest('hex').slice(0, 40);
    return `welcome|answer|${hash}`;
  }

  async claim(tenantId: string, communityId: string, userId: string, step: WelcomeStep, at: string): Promise<boolean> {
    return this.insert(communityPartition(tenantId, communityId), claimKey(step, userId), at);
  }

  async release(tenantId: string, communityId: string, userId: string, step: WelcomeStep): Promise<void> {
    try {
      await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), claimKey(step, userId));
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }

  async listWelcomed(tenantId: string, communityId: string): Promise<Welcomed[]> {
    const welcomed = new Map<string, Welcomed>();
    const pulsed = new Set<string>();
    for (const row of await this.rows(tenantId, communityId)) {
      const [, step, user] = String(row.rowKey).split('|');
      if (!user) continue;
      if (step === 'welcome') welcomed.set(user, { userId: decodeURIComponent(user), welcomedAt: String(row.claimedAt), pulsed: false });
      else if (step === 'pulse') pulsed.add(user);
    }
    return [...welcomed.entries()].map(([user, w]) => ({ ...w, pulsed: pulsed.has(user) }));
  }

  async answerPulse(tenantId: string, communityId: string, userId: string, answer: NewcomerPulseAnswer): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: this.answerKey(tenantId, communityId, userId),
        answer,
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async pulseCounts(tenantId: string, communityId: string): Promise<Record<NewcomerPulseAnswer, number>> {
    const counts = Object.fromEntries(newcomerPulseAnswers.map((a) => [a, 0])) as Record<NewcomerPulseAnswer, number>;
    for (const row of await this.rows(tenantId, communityId)) {
      const known = newcomerPulseAnswers.find((a) => a === row.answer);
      if (String(row.rowKey).startsWith('welcome|answer|') && known) counts[known] += 1;
    }
    return counts;
  }

  private async rows(tenantId: string, communityId: string) {
    const pk = communityPartition(tenantId, communityId);
    const rows: WelcomeRow[] = [];
    for await (const row of this.tables.communities.listEntities<WelcomeRow>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'welcome|'} and RowKey lt ${'welcome}'}` },
    }))
      rows.push(row);
    return rows;
  }

  private async insert(partitionKey: string, rowKey: string, at: string): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({ partitionKey, rowKey, claimedAt: at });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }
}
