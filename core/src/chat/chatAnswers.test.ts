import type { AdaptiveCard } from '../adaptiveCards/adaptiveCard';
import type { Community, CommunityOfUser } from '../community/community';
import type { ConversationRef } from '../conversations/conversation';
import { translate } from '../i18n/translate';
import type { Ballot } from '../polls/ballot';
import { buildPoll } from '../polls/buildPoll';
import type { Poll } from '../polls/poll';
import { meetingWhen } from '../rituals/ritualCards';
import { ritualsInput } from '../rituals/testing/ritualsInput';
import type { Stores } from '../stores';
import { answerAboutCommunity, communityOfChat } from './chatAnswers';

const who = { tenantId: 't', userId: 'u1', name: 'Ana' };
const cuisine: Community = { id: 'c1', tenantId: 't', name: 'Cuisine', language: 'fr', createdAt: '', createdBy: 'f' };

/** Stores holding one linked channel (19:linked → c1), Ana's communities, and c1's polls with their ballots. */
function chatStores(
  options: { mine?: CommunityOfUser[]; community?: Community; polls?: Poll[]; ballots?: Ballot[]; rituals?: Record<string, unknown> } = {},
) {
  const ballotReads: unknown[] = [];
  const stores = {
    conversations: {
      get: async (_t: string, conversationId: string) =>
        conversationId === '19:linked' ? ({ conversationId, communityId: 'c1' } as ConversationRef) : undefined,
    },
    communities: {
      listOfUser: async () => options.mine ?? [],
      get: async () => options.community,
      listMembers: async () => [
        { userId: 'u2', name: 'Bo', role: 'member' },
        { userId: 'u1', name: 'Ana', role: 'member' },
      ],
    },
    workshops: {
      list: async () => [],
      get: async () => ({ n: 3, data: options.rituals ?? { cadence: { every: 2, unit: 'week' }, durationMinutes: 60, format: 'online' } }),
    },
    decisions: { list: async () => [] },
    meetings: { list: async () => [] },
    compass: { listRuns: async () => [] },
    polls: {
      list: async () => options.polls ?? [],
      listBallots: async (poll: Poll, opts: unknown) => {
        ballotReads.push([poll.id, opts]);
        return options.ballots ?? [];
      },
    },
  } as unknown as Stores;
  return { stores, ballotReads };
}

const texts = (card: AdaptiveCard) => (card.body as { text: string }[]).map((b) => b.text);

describe('communityOfChat', () => {
  const mine: CommunityOfUser[] = [
    { id: 'c2', name: 'Jardin', language: 'fr', role: 'member' },
    { id: 'c3', name: 'Atelier', language: 'en', role: 'facilitator' },
  ];

  it("answers about the linked channel's community, in a channel and in a personal chat alike", async () => {
    const { stores } = chatStores({ mine });
    for (const personal of [false, true])
      expect(await communityOfChat({ stores, who, conversationId: '19:linked', personal })).toEqual({ ...who, communityId: 'c1' });
  });

  it("answers in a personal chat about the person's first community", async () => {
    const { stores } = chatStores({ mine });
    expect(await communityOfChat({ stores, who, conversationId: 'a:personal', personal: true })).toEqual({ ...who, communityId: 'c2' });
  });

  it('knows no community in an unlinked channel, nor for someone in none', async () => {
    expect(
      await communityOfChat({ stores: chatStores({ mine }).stores, who, conversationId: '19:other', personal: false }),
    ).toBeUndefined();
    expect(await communityOfChat({ stores: chatStores().stores, who, conversationId: 'a:personal', personal: true })).toBeUndefined();
  });
});

describe('answerAboutCommunity', () => {
  const ask = (stores: Stores, command: Parameters<typeof answerAboutCommunity>[0]['command'], now = '2027-03-10T12:00:00.000Z') =>
    answerAboutCommunity({ stores, tenantId: 't', communityId: 'c1', command, locale: 'en', now });

  it('lists only the open polls, with counts read at most a few seconds old', async () => {
    const open = buildPoll('single', { id: 'p1', question: 'Tuesday or Thursday?' });
    const closed = buildPoll('single', { id: 'p2', question: 'Which room?', status: 'closed', closedAt: '2026-05-03T00:00:00.000Z' });
    const { stores, ballotReads } = chatStores({ polls: [open, closed] });
    const card = await ask(stores, 'openPolls');
    expect(texts(card)[0]).toBe(translate('en', 'bot.openPolls.title'));
    expect(texts(card).join('\n')).toContain('Tuesday or Thursday?');
    expect(texts(card).join('\n')).not.toContain('Which room?');
    expect(ballotReads).toEqual([['p1', { maxAgeMs: 5000 }]]);
  });

  it('says when no poll is open', async () => {
    expect(texts(await ask(chatStores().stores, 'openPolls'))).toEqual([translate('en', 'bot.openPolls.none')]);
  });

  it("gives the community's progress, or no community once it is gone", async () => {
    const status = await ask(chatStores({ community: cuisine }).stores, 'status');
    expect(texts(status)[0]).toBe(translate('en', 'bot.status.title', { name: 'Cuisine' }));
    expect(texts(await ask(chatStores().stores, 'status'))).toEqual([translate('en', 'bot.noCommunity')]);
  });

  it('gives the rhythm of workshop 3 and says no date is set without a first meeting, and where the charter is', async () => {
    const card = texts(await ask(chatStores().stores, 'nextMeeting'));
    expect(card[0]).toBe(translate('en', 'workshop.3.title'));
    expect(card).toContain(translate('en', 'bot.nextMeeting.noFirstDate'));
    expect(texts(await ask(chatStores().stores, 'charter'))).toEqual([translate('en', 'bot.charter.body')]);
  });

  it('answers the next meeting’s date and time in the community’s zone, its place and who holds each role', async () => {
    const stores = chatStores({ community: cuisine, rituals: ritualsInput({ format: 'online' }) }).stores;
    // Weekly from Tuesday 9 March 2027 at 13:30 in Toronto: asked on the 10th, the next is the 16th, after the DST change.
    const card = texts(await ask(stores, 'nextMeeting'));
    expect(card[1]).toBe(
      translate('en', 'bot.nextMeeting.when', { when: meetingWhen('en', '2027-03-16T17:30:00.000Z', 'America/Toronto') }),
    );
    expect(card[2]).toBe(
      translate('en', 'bot.nextMeeting.roles', {
        roles: [
          translate('en', 'bot.nextMeeting.role', { role: translate('en', 'doc.ritualRole.facilitator'), person: 'Nadia' }),
          translate('en', 'bot.nextMeeting.role', { role: translate('en', 'doc.ritualRole.noteTaker'), person: 'Bo' }),
        ].join(' · '),
      }),
    );
    expect(card).toContain(translate('en', 'bot.nextMeeting.place', { place: 'https://teams.example/meet/1' }));
    expect(card[2]).toBe('Roles: Facilitator: Nadia · Note-taker: Bo');
    // While a meeting runs it is still the one to join.
    expect(texts(await ask(stores, 'nextMeeting', '2027-03-16T18:00:00.000Z'))[1]).toBe(card[1]);
  });
});
