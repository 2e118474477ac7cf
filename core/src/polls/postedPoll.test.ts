import type { Stores } from '../stores';
import type { Ballot } from './ballot';
import { buildPoll } from './buildPoll';
import { readPostedPoll } from './postedPoll';

const poll = buildPoll('single', { eligible: 2 });
const target = { tenantId: 't', communityId: 'c1', pollId: 'p1' };

function postedStores(get: () => Promise<unknown>, ballots: Ballot[] = [{ method: 'single', optionId: 'o1' }]) {
  const reads: unknown[] = [];
  const stores = {
    polls: {
      get,
      listBallots: async (_poll: unknown, opts: unknown) => {
        reads.push(opts);
        return ballots;
      },
    },
  } as unknown as Stores;
  return { stores, reads };
}

describe('readPostedPoll', () => {
  it('reads the poll and its counts (shared with reads a second old) without asking who looks', async () => {
    const { stores, reads } = postedStores(async () => ({ poll, etag: 'e' }));
    const posted = await readPostedPoll({ stores, ...target });
    expect(posted?.poll).toBe(poll);
    expect(posted?.tally.voters).toBe(1);
    expect(reads).toEqual([{ maxAgeMs: 1000 }]);
  });

  it('shows a poll that is gone, or cannot be read, as gone', async () => {
    expect(await readPostedPoll({ stores: postedStores(async () => undefined).stores, ...target })).toBeUndefined();
    const down = postedStores(() => Promise.reject(new Error('storage down')));
    expect(await readPostedPoll({ stores: down.stores, ...target })).toBeUndefined();
  });
});
