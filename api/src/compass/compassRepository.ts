import { createHmac } from 'node:crypto';
import { odata, RestError } from '@azure/data-tables';
import type { CompassRatings } from '@elan/core/compass/compass';
import type { CompassRun, CompassStore } from '@elan/core/compass/compassStore';
import { SequencedRows } from '../storage/sequencedRows';
import { type Tables, communityPartition } from '../storage/tables';

/**
 * Table Storage adapter for the compass. Runs are numbered rows in the community partition; responses
 * live in the ballots table under an HMAC of (run, person), like anonymous ballots: one row per person,
 * and nothing in it says whose it is.
 */
export class CompassRepository implements CompassStore {
  private readonly runs: SequencedRows<CompassRun>;

  constructor(
    private readonly tables: Tables,
    private readonly key: Buffer,
  ) {
    this.runs = new SequencedRows(tables.communities, 'compass');
  }

  private partition(tenantId: string, communityId: string, run: number): string {
    return `${tenantId}|${communityId}|compass-${run}`;
  }

  private rowKey(tenantId: string, communityId: string, run: number, userId: string): string {
    return createHmac('sha256', this.key).update(`compass|${tenantId}|${communityId}|${run}|${userId}`).digest('hex').slice(0, 40);
  }

  openRun(tenantId: string, communityId: string, opened: Omit<CompassRun, 'number'>): Promise<CompassRun> {
    return this.runs.append(communityPartition(tenantId, communityId), (number) => ({ ...opened, number }));
  }

  listRuns(tenantId: string, communityId: string): Promise<CompassRun[]> {
    return this.runs.list(communityPartition(tenantId, communityId));
  }

  async putResponse(tenantId: string, communityId: string, run: number, userId: string, ratings: CompassRatings): Promise<void> {
    await this.tables.ballots.upsertEntity(
      {
        partitionKey: this.partition(tenantId, communityId, run),
        rowKey: this.rowKey(tenantId, communityId, run, userId),
        ratings: JSON.stringify(ratings),
      },
      'Replace',
    );
  }

  async getResponse(tenantId: string, communityId: string, run: number, userId: string): Promise<CompassRatings | undefined> {
    try {
      const row = await this.tables.ballots.getEntity<{ ratings: string }>(
        this.partition(tenantId, communityId, run),
        this.rowKey(tenantId, communityId, run, userId),
      );
      return JSON.parse(row.ratings) as CompassRatings;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async listResponses(tenantId: string, communityId: string, run: number): Promise<CompassRatings[]> {
    const pk = this.partition(tenantId, communityId, run);
    const list: CompassRatings[] = [];
    for await (const row of this.tables.ballots.listEntities<{ ratings: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${pk}`, select: ['ratings'] },
    })) {
      list.push(JSON.parse(row.ratings) as CompassRatings);
    }
    return list;
  }
}
