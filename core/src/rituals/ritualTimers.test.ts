import type { Meeting } from './meeting';
import type { MeetingStore } from './meetingStore';
import type { Stores } from '../stores';
import type { CardFor } from '../adaptiveCards/tabLinks';
import { runRitualTimers, type RitualTimerEffects } from './ritualTimers';

// A small in-memory stand-in for the storage the ritual timer reads (the real adapters run in rituals.int.test.ts).
function memoryStores(communities: string[]) {
  const claims = new Set<string>();
  const meetings = new Map<string, Meeting>();
  const meetingStore: Partial<MeetingStore> = {
    communitiesWithChannels: async () => communities.map((communityId) => ({ tenantId: 't', communityId })),
    claimStep: async (_t, c, d, s) => !claims.has(`${c}|${d}|${s}`) && !!claims.add(`${c}|${d}|${s}`),
    releaseStep: async (_t, c, d, s) => void claims.delete(`${c}|${d}|${s}`),
    get: async () => undefined,
    setCheckoutSurvey: async () => undefined,
    recordStep: async (_t, c, facts, stage, at, posts) => {
      const m = meetings.get(`${c}|${facts.date}`) ?? { ...facts, posted: {}, posts: {}, capture: null, checkoutSurveyId: null };
      meetings.set(`${c}|${facts.date}`, { ...m, posted: { ...m.posted, [stage]: at }, posts: { ...m.posts, [stage]: posts } });
    },
  };
  const w3 = {
    cadence: { every: 1, unit: 'week' },
    durationMinutes: 60,
    firstMeeting: { date: '2027-03-09', time: '13:30', timeZone: 'America/Toronto' },
  };
  const stores = {
    meetings: meetingStore,
    communities: {
      get: async (_t: string, id: string) => {
        if (id === 'broken') throw new Error('storage down');
        return { id, tenantId: 't', name: id, language: 'fr', createdAt: '', createdBy: '' };
      },
      listMembers: async () => [{ userId: 'ana', name: 'Ana', role: 'member' }],
    },
    workshops: {
      get: async (_t: string, _c: string, n: number) => ({
        n,
        data: n === 3 ? w3 : {},
        version: 1,
        etag: '',
        updatedAt: null,
        updatedBy: null,
      }),
    },
    surveys: { create: async () => undefined },
  } as unknown as Stores;
  return { stores, claims, meetings };
}

describe('runRitualTimers', () => {
  const announceAt = '2027-03-08T19:00:00Z';

  it('gives the claim back when nothing went out, so the next run posts the card', async () => {
    const { stores, meetings } = memoryStores(['c1']);
    let up = false;
    const effects: RitualTimerEffects = {
      post: async () => (up ? [{ conversationId: 'ch', activityId: 'a1' }] : []),
      postSurvey: async () => 0,
      remind: async () => false,
      failed: () => undefined,
    };
    expect((await runRitualTimers(stores, effects, announceAt, () => 'id')).posted).toEqual([]);
    expect(meetings.size).toBe(0);
    up = true;
    expect((await runRitualTimers(stores, effects, announceAt, () => 'id')).posted).toEqual([
      { communityId: 'c1', seriesId: 'main', meetingDate: '2027-03-09', stage: 'announce' },
    ]);
    expect(meetings.get('c1|2027-03-09')!.posts.announce).toEqual([{ conversationId: 'ch', activityId: 'a1' }]);
    // Claimed now: a third run posts nothing.
    expect((await runRitualTimers(stores, effects, announceAt, () => 'id')).posted).toEqual([]);
  });

  it('keeps going when one community fails, and reports it', async () => {
    const { stores } = memoryStores(['broken', 'c2']);
    const failed: string[] = [];
    const effects: RitualTimerEffects = {
      post: async () => [{ conversationId: 'ch', activityId: 'a1' }],
      postSurvey: async () => 1,
      remind: async () => false,
      failed: (communityId) => failed.push(communityId),
    };
    const report = await runRitualTimers(stores, effects, announceAt, () => 'id');
    expect(failed).toEqual(['broken']);
    expect(report.posted.map((p) => p.communityId)).toEqual(['c2']);
  });

  it('releases the claim when posting throws', async () => {
    const { stores, claims } = memoryStores(['c1']);
    const failed: string[] = [];
    const effects: RitualTimerEffects = {
      post: async () => {
        throw new Error('connector down');
      },
      postSurvey: async () => 0,
      remind: async () => false,
      failed: (communityId) => failed.push(communityId),
    };
    await runRitualTimers(stores, effects, announceAt, () => 'id');
    expect(failed).toEqual(['c1']);
    expect(claims.size).toBe(0);
  });

  it('hands every ritual card over as a builder that links to the tab with the links the host gives', async () => {
    const { stores } = memoryStores(['c1']);
    const built: CardFor[] = [];
    const surveyCards: CardFor[] = [];
    const effects: RitualTimerEffects = {
      post: async (_t, _c, card) => {
        built.push(card);
        return [{ conversationId: 'ch', activityId: `a${built.length}` }];
      },
      postSurvey: async (_survey, card) => surveyCards.push(card),
      remind: async () => false,
      failed: (communityId, error) => {
        throw new Error(`${communityId}: ${String(error)}`);
      },
    };
    // The announcement the day before, the check-in at the start, the capture card and check-out pulse after it.
    for (const at of [announceAt, '2027-03-09T18:35:00Z', '2027-03-09T19:45:00Z']) await runRitualTimers(stores, effects, at, () => 'id');
    expect(built).toHaveLength(3);
    const links = { tabUrl: 'https://tab.example', teamsAppId: '00000000-0000-4000-8000-00000000e1a0', channelId: '19:c@thread.tacv2' };
    for (const card of built) {
      const json = JSON.stringify(card(links));
      expect(json).toContain(encodeURIComponent(JSON.stringify({ subEntityId: '/c/c1/w/3', channelId: '19:c@thread.tacv2' })));
    }
    expect(surveyCards).toHaveLength(1);
    expect(JSON.stringify(surveyCards[0]!(links))).toContain(encodeURIComponent('"subEntityId":"/c/c1/answers"'));
  });
});
