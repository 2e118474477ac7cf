import { createHmac } from 'node:crypto';
import { odata, RestError } from '@azure/data-tables';
import type { Ballot } from '@elan/core/polls/ballot';
import type { Poll } from '@elan/core/polls/poll';
import type { PollStore, Voter } from '@elan/core/polls/pollStore';
import { RecentReads } from '../storage/recentReads';
import { type Tables, communityPartition } from '../storage/tables';

const pollKey = (id: string) => `poll|${id}`;
// The reminder row names the person by the same keyed hash as their ballot, not by their id.
const reminderKey = (poll: Poll, voterKey: string) => `reminder|${poll.id}|${voterKey}`;
const ballotPartition = (poll: Poll) => `${poll.tenantId}|${poll.communityId}|${poll.id}`;
// The gate row sits in the ballot partition while the poll accepts votes. A vote is stored in one atomic
// batch with a touch of the gate, so once closing has deleted the gate no vote can land: the tally read
// after that is final. ('~' sorts after the hex ballot keys.)
const gateKey = '~gate';
const ballotRows = odata`RowKey lt ${'~'}`;
const pollCacheKey = (tenantId: string, communityId: string, pollId: string) => `${tenantId}|${communityId}|${pollId}`;

/**
 * Table Storage adapter for polls. A ballot's row key is an HMAC of poll and voter under a server-held
 * key: the same voter always lands on the same row (a repeat replaces, never adds), and for anonymous
 * polls the row holds no identity — someone reading the table cannot tell who chose what.
 */
export class PollRepository implements PollStore {
  /** Recent ballot reads per poll, by row key, with this instance's own votes applied. */
  private readonly recentBallots = new RecentReads<Map<string, Ballot>>();
  /** Recent poll reads, for card actions that accept a poll a moment old (the gate keeps closing exact). */
  private readonly recentPolls = new RecentReads<{ poll: Poll; etag: string } | undefined>();

  constructor(
    private readonly tables: Tables,
    private readonly ballotKey: Buffer,
  ) {}

  private voterKey(poll: Poll, userId: string): string {
    return createHmac('sha256', this.ballotKey).update(`${poll.tenantId}|${poll.id}|${userId}`).digest('hex').slice(0, 40);
  }

  async create(poll: Poll): Promise<void> {
    // The gate first: a poll row is never visible without it (a lone gate left by a failed create is harmless).
    await this.tables.ballots.upsertEntity({ partitionKey: ballotPartition(poll), rowKey: gateKey }, 'Replace');
    await this.tables.communities.createEntity({
      partitionKey: communityPartition(poll.tenantId, poll.communityId),
      rowKey: pollKey(poll.id),
      status: poll.status,
      json: JSON.stringify(poll),
    });
  }

  get(
    tenantId: string,
    communityId: string,
    pollId: string,
    opts: { maxAgeMs?: number } = {},
  ): Promise<{ poll: Poll; etag: string } | undefined> {
    return this.recentPolls.get(pollCacheKey(tenantId, communityId, pollId), opts.maxAgeMs, () =>
      this.readPoll(tenantId, communityId, pollId),
    );
  }

  private async readPoll(tenantId: string, communityId: string, pollId: string): Promise<{ poll: Poll; etag: string } | undefined> {
    try {
      const row = await this.tables.communities.getEntity<{ json: string }>(communityPartition(tenantId, communityId), pollKey(pollId));
      return { poll: JSON.parse(row.json) as Poll, etag: row.etag };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async list(tenantId: string, communityId: string): Promise<Poll[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows = this.tables.communities.listEntities<{ json: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'poll|'} and RowKey lt ${'poll}'}` },
    });
    const polls: Poll[] = [];
    for await (const row of rows) polls.push(JSON.parse(row.json) as Poll);
    return polls.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async listOpen(): Promise<Poll[]> {
    const rows = this.tables.communities.listEntities<{ json: string }>({
      queryOptions: { filter: odata`RowKey gt ${'poll|'} and RowKey lt ${'poll}'} and status eq ${'open'}` },
    });
    const polls: Poll[] = [];
    for await (const row of rows) polls.push(JSON.parse(row.json) as Poll);
    return polls;
  }

  async claimReminder(poll: Poll, userId: string): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(poll.tenantId, poll.communityId),
        rowKey: reminderKey(poll, this.voterKey(poll, userId)),
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async releaseReminder(poll: Poll, userId: string): Promise<void> {
    await this.tables.communities
      .deleteEntity(communityPartition(poll.tenantId, poll.communityId), reminderKey(poll, this.voterKey(poll, userId)))
      .catch(() => undefined);
  }

  async update(poll: Poll, etag: string): Promise<boolean> {
    const key = pollCacheKey(poll.tenantId, poll.communityId, poll.id);
    this.recentPolls.forget(key);
    try {
      await this.tables.communities.updateEntity(
        {
          partitionKey: communityPartition(poll.tenantId, poll.communityId),
          rowKey: pollKey(poll.id),
          status: poll.status,
          json: JSON.stringify(poll),
        },
        'Replace',
        { etag },
      );
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 412) return false;
      throw error;
    } finally {
      // Again once written: a read that went through while the write was on its way holds the old poll.
      this.recentPolls.forget(key);
    }
  }

  async putBallot(poll: Poll, voter: Voter, ballot: Ballot): Promise<'stored' | 'closed'> {
    const identity = poll.anonymous ? {} : { voterId: voter.userId, voterName: voter.name };
    const row = {
      partitionKey: ballotPartition(poll),
      rowKey: this.voterKey(poll, voter.userId),
      ballot: JSON.stringify(ballot),
      ...identity,
    };
    try {
      await this.tables.ballots.submitTransaction([
        ['upsert', row, 'Replace'],
        ['update', { partitionKey: row.partitionKey, rowKey: gateKey }, 'Merge', { etag: '*' }],
      ]);
      this.recentBallots.amend(row.partitionKey, (ballots) => new Map(ballots).set(row.rowKey, ballot));
      return 'stored';
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
    // No gate: closed, unless the poll predates gates (then it is stored as before, after a fresh read).
    const found = await this.readPoll(poll.tenantId, poll.communityId, poll.id);
    if (!found || found.poll.status === 'closed') return 'closed';
    await this.tables.ballots.upsertEntity(row, 'Replace');
    this.recentBallots.amend(row.partitionKey, (ballots) => new Map(ballots).set(row.rowKey, ballot));
    return 'stored';
  }

  async closeBallots(poll: Poll): Promise<void> {
    try {
      await this.tables.ballots.deleteEntity(ballotPartition(poll), gateKey);
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }

  async getBallot(poll: Poll, voter: Voter): Promise<Ballot | undefined> {
    try {
      const row = await this.tables.ballots.getEntity<{ ballot: string }>(ballotPartition(poll), this.voterKey(poll, voter.userId));
      return JSON.parse(row.ballot) as Ballot;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async listBallots(poll: Poll, opts: { maxAgeMs?: number } = {}): Promise<Ballot[]> {
    const pk = ballotPartition(poll);
    return [...(await this.recentBallots.get(pk, opts.maxAgeMs, () => this.readBallots(pk))).values()];
  }

  private async readBallots(pk: string): Promise<Map<string, Ballot>> {
    const rows = this.tables.ballots.listEntities<{ ballot: string }>({
      queryOptions: { filter: `${odata`PartitionKey eq ${pk}`} and ${ballotRows}`, select: ['RowKey', 'ballot'] },
    });
    const ballots = new Map<string, Ballot>();
    for await (const row of rows) ballots.set(row.rowKey ?? '', JSON.parse(row.ballot) as Ballot);
    return ballots;
  }

  async votersAmong(poll: Poll, userIds: readonly string[]): Promise<Set<string>> {
    const pk = ballotPartition(poll);
    const keys = new Set<string>();
    for await (const row of this.tables.ballots.listEntities({
      queryOptions: { filter: `${odata`PartitionKey eq ${pk}`} and ${ballotRows}`, select: ['RowKey'] },
    }))
      keys.add(row.rowKey ?? '');
    return new Set(userIds.filter((id) => keys.has(this.voterKey(poll, id))));
  }
}
