import type { Stores } from '../stores';
import { buildPoll } from './buildPoll';
import type { Poll } from './poll';
import { runPollTimers } from './pollTimers';

const members = ['m1', 'm2', 'm3'].map((userId) => ({ userId, name: userId, role: 'member' }));

/** Stores holding one open poll, its members and who answered; records the reminders claimed. */
function timerStores(poll: Poll, answered: string[]) {
  const claimed: string[] = [];
  const stores = {
    polls: {
      listOpen: async () => [poll],
      listBallots: async () => answered.map(() => ({ method: 'advice', answer: 'none' })),
      votersAmong: async () => new Set(answered),
      claimReminder: async (_p: Poll, userId: string) => (claimed.push(userId), true),
      releaseReminder: async () => undefined,
    },
    communities: { listMembers: async () => members },
  } as unknown as Stores;
  return { stores, claimed };
}

const effects = {
  closed: async () => undefined,
  remind: async () => true,
  failed: (_id: string, error: unknown) => {
    throw error;
  },
};

describe('runPollTimers and the advice process', () => {
  const advice = buildPoll('advice', {
    options: [],
    eligible: 3,
    reminderHoursBeforeClose: 24,
    consulted: [
      { userId: 'm1', name: 'm1' },
      { userId: 'm2', name: 'm2' },
    ],
  });

  it('reminds, before the deadline, only the people asked by name who have not answered', async () => {
    const { stores, claimed } = timerStores(advice, ['m2']);
    const report = await runPollTimers(stores, effects, '2026-05-08T00:00:00.000Z');
    expect(claimed).toEqual(['m1']);
    expect(report).toEqual({ closed: [], reminded: 1 });
  });

  it('neither closes it nor reminds anyone past the deadline, even once everyone answered: the proposer decides', async () => {
    const { stores, claimed } = timerStores(advice, ['m1', 'm2', 'm3']);
    expect(await runPollTimers(stores, effects, '2026-05-09T00:00:00.000Z')).toEqual({ closed: [], reminded: 0 });
    const late = timerStores(advice, []);
    expect(await runPollTimers(late.stores, effects, '2026-05-09T00:00:00.000Z')).toEqual({ closed: [], reminded: 0 });
    expect([...claimed, ...late.claimed]).toEqual([]);
  });

  it('reminds every member who has not answered when nobody was named', async () => {
    const { stores, claimed } = timerStores({ ...advice, consulted: undefined }, []);
    await runPollTimers(stores, effects, '2026-05-08T00:00:00.000Z');
    expect(claimed).toEqual(['m1', 'm2', 'm3']);
  });
});
