import type { Ballot } from '@elan/core/polls/ballot';
import { loadBallotKey } from '../auth/ballotKey';
import { type TestApp, startTestApp } from '../testing/testApp';
import { PollRepository } from './pollRepository';

let app: TestApp;
let facilitator: string;
// A second API instance over the same tables: its poll reads are its own, like another Functions instance's.
let otherInstance: PollRepository;

beforeAll(async () => {
  app = await startTestApp();
  facilitator = app.token({ userId: 'nadia', name: 'Nadia' });
  otherInstance = new PollRepository(app.deps.tables, loadBallotKey(app.deps.config));
});
afterAll(() => app.stop());

const choice = (optionId: string): Ballot => ({ method: 'single', optionId });

async function openPoll(): Promise<{ communityId: string; pollId: string }> {
  const { body: community } = await app.call('POST', '/api/communities', { token: facilitator, body: { name: 'Gate' } });
  for (const userId of ['lea', 'marc', 'sam'])
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId, name: userId, role: 'member' });
  const { body } = await app.call('POST', `/api/communities/${community.id}/polls`, {
    token: facilitator,
    body: { question: 'Q?', method: 'single', options: ['A', 'B'], hideResultsUntilClose: false },
  });
  return { communityId: community.id, pollId: body.poll.id };
}

const readPoll = async ({ communityId, pollId }: { communityId: string; pollId: string }) =>
  (await app.call('GET', `/api/communities/${communityId}/polls/${pollId}`, { token: facilitator })).body;

describe('ballots and the close (integration, Azurite)', () => {
  it('refuses a ballot once the poll closed, even from an instance that still holds the poll as open', async () => {
    const ids = await openPoll();
    const held = await otherInstance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(held?.poll.status).toBe('open');
    expect(await otherInstance.listBallots(held!.poll)).toEqual([]);
    expect(await otherInstance.putBallot(held!.poll, { userId: 'lea', name: 'Léa' }, choice('o1'))).toBe('stored');

    const closed = await app.call('POST', `/api/communities/${ids.communityId}/polls/${ids.pollId}/close`, { token: facilitator });
    expect(closed.body.decision).toMatchObject({ voters: 1, counts: { o1: 1, o2: 0 } });

    // The other instance's cached copy still says open; the store says no, and nothing changes.
    const stale = await otherInstance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(stale?.poll.status).toBe('open');
    expect(await otherInstance.putBallot(stale!.poll, { userId: 'marc', name: 'Marc' }, choice('o2'))).toBe('closed');
    expect(await otherInstance.putBallot(stale!.poll, { userId: 'lea', name: 'Léa' }, choice('o2'))).toBe('closed');
    expect(await readPoll(ids)).toMatchObject({ status: 'closed', voters: 1, results: { counts: { o1: 1, o2: 0 } } });
    expect(await otherInstance.votersAmong(stale!.poll, ['lea', 'marc', 'sam'])).toEqual(new Set(['lea']));
  });

  it('keeps accepting ballots for a poll stored before close gates existed, until its status says closed', async () => {
    const ids = await openPoll();
    const { poll } = (await otherInstance.get('local-tenant', ids.communityId, ids.pollId))!;
    await app.deps.tables.ballots.deleteEntity(`local-tenant|${ids.communityId}|${ids.pollId}`, '~gate');
    expect(await otherInstance.putBallot(poll, { userId: 'sam', name: 'Sam' }, choice('o2'))).toBe('stored');
    expect(await readPoll(ids)).toMatchObject({ voters: 1, results: { counts: { o1: 0, o2: 1 } } });

    await app.call('POST', `/api/communities/${ids.communityId}/polls/${ids.pollId}/close`, { token: facilitator });
    expect(await otherInstance.putBallot(poll, { userId: 'lea', name: 'Léa' }, choice('o1'))).toBe('closed');
    expect(await readPoll(ids)).toMatchObject({ status: 'closed', voters: 1 });
  });
});
