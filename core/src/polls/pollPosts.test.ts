import type { Stores } from '../stores';
import { buildPoll } from './buildPoll';
import type { Poll } from './poll';
import { recordPollPosts } from './pollPosts';

/** A poll row whose first `conflicts` updates lose an etag race (someone closing it meanwhile). */
function pollRow(stored: Poll | undefined, conflicts = 0) {
  let row = stored;
  let lost = 0;
  const updates: Poll[] = [];
  const stores = {
    polls: {
      get: async () => row && { poll: row, etag: 'e' },
      update: async (poll: Poll) => {
        updates.push(poll);
        if (lost < conflicts) {
          lost++;
          return false;
        }
        row = poll;
        return true;
      },
    },
  } as unknown as Stores;
  return { stores, updates, current: () => row };
}

const earlier = { conversationId: '19:general', activityId: 'a1' };
const posts = [{ conversationId: '19:team', activityId: 'a2' }];

describe('recordPollPosts', () => {
  it("adds the new posts to the poll's earlier ones", async () => {
    const { stores, current } = pollRow(buildPoll('single', { posts: [earlier] }));
    await recordPollPosts({ stores, poll: buildPoll(), posts });
    expect(current()?.posts).toEqual([earlier, ...posts]);
  });

  it('tries again when the poll changed meanwhile, then gives up after five tries', async () => {
    const raced = pollRow(buildPoll(), 2);
    await recordPollPosts({ stores: raced.stores, poll: buildPoll(), posts });
    expect(raced.updates).toHaveLength(3);
    expect(raced.current()?.posts).toEqual(posts);
    const stuck = pollRow(buildPoll(), 99);
    await recordPollPosts({ stores: stuck.stores, poll: buildPoll(), posts });
    expect(stuck.updates).toHaveLength(5);
  });

  it('writes nothing when nothing went out or the poll is gone', async () => {
    const none = pollRow(buildPoll());
    await recordPollPosts({ stores: none.stores, poll: buildPoll(), posts: [] });
    const gone = pollRow(undefined);
    await recordPollPosts({ stores: gone.stores, poll: buildPoll(), posts });
    expect([...none.updates, ...gone.updates]).toEqual([]);
  });
});
