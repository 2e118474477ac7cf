import type { Membership, Principal, Role } from '../community/community';
import type { Stores } from '../stores';
import type { Ballot } from './ballot';
import { buildPoll } from './buildPoll';
import type { Poll } from './poll';
import { castVote, listPolls, readPoll } from './pollCommands';

const openedAt = '2026-05-01T12:00:00.000Z';

/** A single-choice poll (Mardi / Jeudi) with hidden results and two eligible members, opened at `openedAt`. */
const pollOf = (overrides: Partial<Poll> = {}): Poll =>
  buildPoll('single', {
    options: [
      { id: 'o1', label: 'Mardi' },
      { id: 'o2', label: 'Jeudi' },
    ],
    hideResultsUntilClose: true,
    eligible: 2,
    createdAt: openedAt,
    createdBy: { userId: 'fac', name: 'Fac' },
    ...overrides,
  });

// A small in-memory stand-in for the storage the poll commands read (the real adapters run in api/src/polls/pollVotes.int.test.ts).
function memoryStores(polls: Poll[], members: Membership[]) {
  const ballots = new Map<string, Map<string, Ballot>>(polls.map((p) => [p.id, new Map()]));
  const stores = {
    communities: {
      membership: async (_t: string, _c: string, userId: string) => members.find((m) => m.userId === userId),
      get: async (tenantId: string, id: string) => ({ id, tenantId, name: 'Cuisine', language: 'fr', createdAt: '', createdBy: '' }),
    },
    polls: {
      get: async (_t: string, _c: string, pollId: string) => {
        const poll = polls.find((p) => p.id === pollId);
        return poll && { poll, etag: '1' };
      },
      list: async () => polls,
      listBallots: async (poll: Poll) => [...ballots.get(poll.id)!.values()],
      getBallot: async (poll: Poll, voter: { userId: string }) => ballots.get(poll.id)!.get(voter.userId),
      putBallot: async (poll: Poll, voter: { userId: string }, ballot: Ballot) => {
        ballots.get(poll.id)!.set(voter.userId, ballot);
        return 'stored' as const;
      },
    },
  } as unknown as Stores;
  return { stores, ballots };
}

const principal = (userId: string): Principal => ({ tenantId: 't', userId, name: userId });
const member = (userId: string, role: Role, joinedAt?: string): Membership => ({
  userId,
  name: userId,
  role,
  ...(joinedAt ? { joinedAt } : {}),
});
const people = [member('fac', 'facilitator'), member('mem', 'member'), member('spo', 'sponsor')];

describe('readPoll and listPolls: results hidden until close', () => {
  // Whether each reader sees the counts: [facilitator, member, sponsor].
  const cases: [string, Partial<Poll>, [boolean, boolean, boolean]][] = [
    ['open, hidden until close', { status: 'open', hideResultsUntilClose: true }, [true, false, false]],
    ['open, results shown', { status: 'open', hideResultsUntilClose: false }, [true, true, true]],
    [
      'closed, had been hidden',
      { status: 'closed', closedAt: '2026-05-08T12:00:00.000Z', hideResultsUntilClose: true },
      [true, true, true],
    ],
    ['closed, results shown', { status: 'closed', closedAt: '2026-05-08T12:00:00.000Z', hideResultsUntilClose: false }, [true, true, true]],
    // Anonymity hides who voted what, never the counts.
    ['open, anonymous, shown', { status: 'open', anonymous: true, hideResultsUntilClose: false }, [true, true, true]],
    ['open, anonymous, hidden', { status: 'open', anonymous: true, hideResultsUntilClose: true }, [true, false, false]],
  ];

  it.each(cases)('%s', async (_name, overrides, visible) => {
    const { stores } = memoryStores([pollOf(overrides)], people);
    const read = await Promise.all(
      ['fac', 'mem', 'spo'].map(async (who) => (await readPoll(stores, principal(who), 'c1', 'p1')).resultsVisible),
    );
    expect(read).toEqual(visible);
    const listed = await Promise.all(
      ['fac', 'mem', 'spo'].map(async (who) => (await listPolls(stores, principal(who), 'c1'))[0]!.resultsVisible),
    );
    expect(listed).toEqual(visible);
  });

  it('lists each poll with its own visibility, newest first', async () => {
    const { stores } = memoryStores(
      [pollOf({ id: 'older', hideResultsUntilClose: true }), pollOf({ id: 'newer', hideResultsUntilClose: false })],
      people,
    );
    const listed = await listPolls(stores, principal('mem'), 'c1');
    expect(listed.map((s) => [s.poll.id, s.resultsVisible])).toEqual([
      ['newer', true],
      ['older', false],
    ]);
  });
});

describe('castVote: voters who joined after the poll opened', () => {
  const vote = (stores: Stores, userId: string, choice = 'o1') =>
    castVote({ stores, voter: principal(userId), communityId: 'c1', pollId: 'p1', cardData: { choice }, now: '2026-05-02T12:00:00.000Z' });

  it('marks a ballot late only when the voter joined after the poll opened', async () => {
    const { stores, ballots } = memoryStores(
      [pollOf({ eligible: 3 })],
      [
        member('before', 'member', '2026-04-01T00:00:00.000Z'),
        member('same', 'member', openedAt),
        member('unknown', 'member'),
        member('after', 'member', '2026-05-01T12:00:00.001Z'),
      ],
    );
    for (const who of ['before', 'same', 'unknown', 'after']) await vote(stores, who);
    const stored = ballots.get('p1')!;
    expect(stored.get('before')).toEqual({ method: 'single', optionId: 'o1' });
    expect(stored.get('same')).toEqual({ method: 'single', optionId: 'o1' });
    expect(stored.get('unknown')).toEqual({ method: 'single', optionId: 'o1' });
    expect(stored.get('after')).toEqual({ method: 'single', optionId: 'o1', late: true });
  });

  it('counts a late vote, but only eligible voters make "everyone voted"', async () => {
    const { stores } = memoryStores(
      [pollOf({ eligible: 2, hideResultsUntilClose: false })],
      [
        member('ana', 'member', '2026-04-01T00:00:00.000Z'),
        member('ben', 'member', '2026-04-01T00:00:00.000Z'),
        member('new', 'member', '2026-05-01T13:00:00.000Z'),
      ],
    );
    const first = await vote(stores, 'ana', 'o1');
    expect(first.allVoted).toBeUndefined();
    // Two voters for two eligible, but one of them joined late: not everyone yet.
    const late = await vote(stores, 'new', 'o2');
    expect(late.tally.voters).toBe(2);
    expect(late.tally.counts).toEqual({ o1: 1, o2: 1 });
    expect(late.allVoted).toBeUndefined();
    const last = await vote(stores, 'ben', 'o2');
    expect(last.tally.counts).toEqual({ o1: 1, o2: 2 });
    expect(last.allVoted).toBe(true);
  });
});
