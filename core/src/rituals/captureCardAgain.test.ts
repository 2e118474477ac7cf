import type { Membership } from '../community/community';
import { communityOf, memoryCommunities } from '../community/testing/memoryCommunities';
import type { Stores } from '../stores';
import { captureCardAgain } from './captureCardAgain';
import { type Meeting, type MeetingCapture, meetingKeyOf } from './meeting';
import { ritualsInput } from './testing/ritualsInput';

const capture: MeetingCapture = {
  links: [
    { kind: 'minutes', url: 'https://x/private-minutes', public: false },
    { kind: 'summary', url: 'https://x/summary', public: true },
  ],
  by: { userId: 'ben', name: 'Ben' },
  at: '2027-03-16T20:00:00.000Z',
};
// The second meeting (index 1), whose capture card went out at its end.
const meeting: Meeting = {
  seriesId: 'main',
  format: null,
  date: '2027-03-16',
  index: 1,
  startsAt: '2027-03-16T17:30:00.000Z',
  endsAt: '2027-03-16T19:30:00.000Z',
  timeZone: 'America/Toronto',
  posted: { announce: '2027-03-15T17:30:00.000Z', capture: '2027-03-16T19:31:00.000Z' },
  posts: {},
  capture,
  checkoutSurveyId: null,
};
const members: Membership[] = [
  { userId: 'nadia', name: 'Nadia', role: 'facilitator' },
  { userId: 'ana', name: 'Ana', role: 'member' },
  { userId: 'ben', name: 'Ben', role: 'member' },
  { userId: 'sam', name: 'Aaron Sponsor', role: 'sponsor' },
];

/** Community c1 (French) with workshop 3 as given and the meetings stored; `failing` reads throw. */
function world(opts: { w3?: Record<string, unknown>; meetings?: Meeting[]; failing?: 'meetings' | 'communities' } = {}) {
  const communities = memoryCommunities([communityOf('c1')], { c1: members });
  const fail = async () => {
    throw new Error('storage is down');
  };
  return {
    communities: opts.failing === 'communities' ? { ...communities, get: fail } : communities,
    workshops: { get: async (_t: string, _c: string, n: number) => (n === 3 && opts.w3 ? { n, data: opts.w3 } : undefined) },
    meetings: {
      get:
        opts.failing === 'meetings'
          ? fail
          : async (_t: string, _c: string, key: string) => (opts.meetings ?? [meeting]).find((m) => meetingKeyOf(m) === key),
    },
  } as unknown as Stores;
}

const again = (stores: Stores, over: Partial<Parameters<typeof captureCardAgain>[0]> = {}) =>
  captureCardAgain({
    stores,
    tenantId: 't',
    communityId: 'c1',
    meetingKey: '2027-03-16',
    problem: 'rituals.error.invalidLink',
    locale: 'en',
    ...over,
  });

describe('captureCardAgain', () => {
  it("shows the channel's copy again with the problem on top, in the member's language", async () => {
    const stores = world({ w3: ritualsInput({ capture: { summaryVisibility: 'organisation', dueWorkingDays: 3 } }) });
    expect(await again(stores)).toEqual({
      locale: 'en',
      communityId: 'c1',
      meeting,
      seriesName: null,
      // Nadia holds a fixed role and sponsors are never rotated: the second meeting's note-taker is Ben.
      noteTaker: 'Ben',
      summaryPublic: true,
      dueWorkingDays: 3,
      capture,
      showPrivate: false,
      notice: { key: 'rituals.error.invalidLink', tone: 'attention' },
    });
  });

  it('names no note-taker and keeps summaries private when workshop 3 makes no plan any more', async () => {
    const view = await again(world({ w3: {} }), { locale: 'fr' });
    expect(view).toMatchObject({ locale: 'fr', noteTaker: null, summaryPublic: false, dueWorkingDays: null, showPrivate: false });
  });

  it('gives nothing when the capture card never went out, or the meeting is unknown', async () => {
    const announcedOnly = { ...meeting, posted: { announce: meeting.posted.announce! } };
    expect(await again(world({ w3: ritualsInput(), meetings: [announcedOnly] }))).toBeUndefined();
    expect(await again(world({ w3: ritualsInput() }), { meetingKey: '2027-03-23' })).toBeUndefined();
  });

  it('gives nothing, rather than an error, when the community is gone or storage fails', async () => {
    expect(await again(world({ w3: ritualsInput() }), { communityId: 'c9' })).toBeUndefined();
    expect(await again(world({ w3: ritualsInput(), failing: 'meetings' }))).toBeUndefined();
    expect(await again(world({ w3: ritualsInput(), failing: 'communities' }))).toBeUndefined();
  });
});
