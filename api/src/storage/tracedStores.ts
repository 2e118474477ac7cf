import { span } from '@elan/bot/tracing/spans';
import type { CommunityStore } from '@elan/core/community/communityStore';
import type { PollStore } from '@elan/core/polls/pollStore';
import type { Stores } from '@elan/core/stores';

/** A store object with some methods replaced, every other method and field reached through its prototype. */
function override<T extends object>(store: T, methods: Partial<T>): T {
  return Object.assign(Object.create(store) as T, methods);
}

/**
 * Stores whose vote-path calls are timed as spans: the membership check, the poll read, the ballot batch
 * and the ballot reads behind the live counts. Used only while spans are collected (the bench's
 * breakdown), so the stores in use otherwise are the plain ones.
 */
export function tracedStores(stores: Stores): Stores {
  const communities: CommunityStore = stores.communities;
  const polls: PollStore = stores.polls;
  return {
    ...stores,
    communities: override(communities, {
      membership: (...args) => span('store.membership', () => communities.membership(...args)),
    }),
    polls: override(polls, {
      get: (...args) => span('store.pollRead', () => polls.get(...args)),
      putBallot: (...args) => span('store.ballotBatch', () => polls.putBallot(...args)),
      listBallots: (...args) => span('store.ballotsRead', () => polls.listBallots(...args)),
      getBallot: (...args) => span('store.ownBallotRead', () => polls.getBallot(...args)),
    }),
  };
}
