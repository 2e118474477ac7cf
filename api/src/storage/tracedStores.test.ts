import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectSpans, takeSpans } from '@elan/bot/tracing/spans';
import type { Stores } from '@elan/core/stores';
import { writeSpans } from '../local/spansFile';
import { tracedStores } from './tracedStores';

/** A stand-in store class: the traced object must keep its other methods and its `this`. */
class PollsStandIn {
  readonly calls: unknown[][] = [];
  get(...args: unknown[]) {
    this.calls.push(['get', ...args]);
    return Promise.resolve({ poll: { id: 'p1' }, etag: 'e1' });
  }
  putBallot(...args: unknown[]) {
    this.calls.push(['putBallot', ...args]);
    return Promise.resolve('stored' as const);
  }
  listBallots() {
    return Promise.resolve([{ method: 'single', optionId: 'o1' }]);
  }
  getBallot() {
    return Promise.resolve(undefined);
  }
  list() {
    return Promise.resolve(['untraced']);
  }
}

function standIns() {
  const polls = new PollsStandIn();
  const communities = { membership: (_t: string, _c: string, userId: string) => Promise.resolve({ userId, role: 'member' }) };
  const workshops = { marker: 'workshops' };
  return { polls, stores: { polls, communities, workshops } as unknown as Stores };
}

afterEach(() => collectSpans(false));

describe('tracedStores', () => {
  it('times the vote path calls by name and answers as the stores do', async () => {
    collectSpans(true);
    const { polls, stores } = standIns();
    const traced = tracedStores(stores);
    await expect(traced.communities.membership('t', 'c', 'u1', { maxAgeMs: 5000 })).resolves.toEqual({ userId: 'u1', role: 'member' });
    await expect(traced.polls.get('t', 'c', 'p1', { maxAgeMs: 1000 })).resolves.toEqual({ poll: { id: 'p1' }, etag: 'e1' });
    const poll = { id: 'p1' } as never;
    await expect(traced.polls.putBallot(poll, { userId: 'u1', name: 'U' }, { method: 'single', optionId: 'o1' })).resolves.toBe('stored');
    await expect(traced.polls.listBallots(poll, { maxAgeMs: 1000 })).resolves.toHaveLength(1);
    await expect(traced.polls.getBallot(poll, { userId: 'u1', name: 'U' })).resolves.toBeUndefined();
    expect(polls.calls).toEqual([
      ['get', 't', 'c', 'p1', { maxAgeMs: 1000 }],
      ['putBallot', poll, { userId: 'u1', name: 'U' }, { method: 'single', optionId: 'o1' }],
    ]);
    expect(takeSpans().map((s) => s.name)).toEqual([
      'store.membership',
      'store.pollRead',
      'store.ballotBatch',
      'store.ballotsRead',
      'store.ownBallotRead',
    ]);
  });

  it('keeps every other method and store as it was, untimed', async () => {
    collectSpans(true);
    const { stores } = standIns();
    const traced = tracedStores(stores);
    await expect(traced.polls.list('t', 'c')).resolves.toEqual(['untraced']);
    expect(traced.workshops).toBe(stores.workshops);
    expect(takeSpans()).toEqual([]);
  });

  it('writes the collected spans to a file as JSON and starts a new list', async () => {
    collectSpans(true);
    const { stores } = standIns();
    await tracedStores(stores).polls.get('t', 'c', 'p1');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'elan-spans-')), 'spans.json');
    writeSpans(file);
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; ms: number }[];
    expect(written.map((s) => s.name)).toEqual(['store.pollRead']);
    expect(written[0]!.ms).toBeGreaterThanOrEqual(0);
    expect(takeSpans()).toEqual([]);
  });
});
