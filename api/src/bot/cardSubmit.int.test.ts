import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardActions, cardText, invokeCardAction, type TeamsUser } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake records what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let facilitator: string;

beforeAll(async () => {
  facilitator = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

/** The Action.Submit fallback of the card's Action.Execute with this verb (and, for consent, answer). */
function fallbackData(card: any, verb: string, answer?: string): Record<string, unknown> {
  const action = cardActions(card).find((a) => a.verb === verb && (answer === undefined || a.data?.answer === answer));
  expect(action?.fallback?.type).toBe('Action.Submit');
  return { ...action.fallback.data };
}

/**
 * Posts what a Teams client without Universal Actions sends for an Action.Submit: a message whose value is
 * the action's data merged with the card's inputs, replying to the card's message.
 */
async function submitCard(
  user: TeamsUser,
  value: Record<string, unknown>,
  where: 'channel' | 'personal',
  replyToId: string | null = 'card-1',
  extra: Record<string, unknown> = {},
) {
  const conversation =
    where === 'channel'
      ? { id: '19:submits@thread.tacv2;messageid=card-1', tenantId: 'local-tenant', conversationType: 'channel' }
      : { id: `a:personal-${user.aadObjectId}`, tenantId: 'local-tenant', conversationType: 'personal' };
  return app.call('POST', '/api/messages', {
    body: {
      type: 'message',
      id: `m-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      locale: 'fr-CA',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation,
      channelData: { tenant: { id: 'local-tenant' } },
      ...(replyToId ? { replyToId } : {}),
      value,
      ...extra,
    },
  });
}

async function community(members: TeamsUser[]) {
  const { body } = await app.call('POST', '/api/communities', { token: facilitator, body: { name: `Soumissions ${Math.random()}` } });
  for (const m of members)
    await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: m.aadObjectId, name: m.name, role: 'member' });
  return body.id as string;
}

const sentSince = (from: number) => connector.sent.slice(from);
const cardOf = (sent: { activity: any }) => sent.activity.attachments?.[0]?.content;

describe('Action.Submit fallbacks through /api/messages (integration, Azurite)', () => {
  it('counts a vote submitted as a message like the invoke: one ballot even when sent twice, the same card, in the personal chat', async () => {
    const ana: TeamsUser = { aadObjectId: 'ana-submit', name: 'Ana' };
    const id = await community([ana]);
    const created = await app.call('POST', `/api/communities/${id}/polls`, {
      token: facilitator,
      body: { question: 'Quel projet?', method: 'single', options: ['Trousse', 'Guide'], hideResultsUntilClose: false, anonymous: true },
    });
    expect(created.status).toBe(201);
    const { poll, card } = created.body;
    expect(card.refresh.userIds).toEqual(['8:orgid:nadia']);
    const value: Record<string, unknown> = { ...fallbackData(card, 'poll.vote'), choice: 'o2' };
    expect(value['verb']).toBe('poll.vote');

    const before = connector.sent.length;
    const first = await submitCard(ana, value, 'channel');
    const again = await submitCard(ana, value, 'channel');
    expect([first.status, again.status]).toEqual([200, 200]);
    await connector.waitFor(before + 2);
    const delivered = sentSince(before);
    // Never in the channel: both answers go to Ana's personal chat, opened for her.
    expect(delivered.map((s) => [s.method, s.path])).toEqual(
      [
        ['POST', '/v3/conversations/a%3Apersonal-ana-submit/activities'],
        ['POST', '/v3/conversations/a%3Apersonal-ana-submit/activities'],
      ].map(([m, p]) => [m, expect.stringMatching(new RegExp(`^${p!.replace('%3A', '(%3A|:)')}`))]),
    );
    expect(connector.created).toContainEqual({ members: ['ana-submit'], tenantId: 'local-tenant' });
    const submitted = cardOf(delivered[1]!);
    expect(cardProblems(submitted)).toEqual([]);
    expect(cardText(submitted)).toContain(translate('fr', 'poll.youVoted', { choice: 'Guide' }));

    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body).toMatchObject({ voters: 1, results: { counts: { o1: 0, o2: 1 } } });
    // The invoke path gives the same card, and still one ballot.
    const invoked = await invokeCardAction(app, connector.serviceUrl, ana, { ...value });
    expect(invoked.card).toEqual(submitted);
    expect((await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator })).body.voters).toBe(1);
  });

  it('replaces the submitted card in a personal chat instead of posting a new one', async () => {
    const ben: TeamsUser = { aadObjectId: 'ben-submit', name: 'Ben' };
    const id = await community([ben]);
    const { card } = (
      await app.call('POST', `/api/communities/${id}/polls`, { token: facilitator, body: { question: 'Ok?', method: 'consent' } })
    ).body;
    const before = connector.sent.length;
    const res = await submitCard(ben, { ...fallbackData(card, 'poll.vote', 'agree') }, 'personal', 'reminder-7');
    expect(res.status).toBe(200);
    await connector.waitFor(before + 1);
    const [update] = sentSince(before);
    expect(update!.method).toBe('PUT');
    expect(decodeURIComponent(update!.path)).toBe('/v3/conversations/a:personal-ben-submit/activities/reminder-7');
    expect(cardText(cardOf(update!))).toContain(translate('fr', 'poll.youVoted', { choice: translate('fr', 'poll.answer.agree') }));
  });

  it('records a survey answer submitted as a message, once', async () => {
    const cleo: TeamsUser = { aadObjectId: 'cleo-submit', name: 'Cléo' };
    const id = await community([cleo]);
    const { survey, card } = (
      await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator, body: { kind: 'pulse', items: ['P1'] } })
    ).body;
    expect(card.refresh.userIds).toEqual(['8:orgid:nadia']);
    const value = { ...fallbackData(card, 'survey.answer'), 'q.P1': '4' };
    const before = connector.sent.length;
    await submitCard(cleo, value, 'channel');
    await submitCard(cleo, value, 'channel');
    await connector.waitFor(before + 2);
    expect(cardText(cardOf(sentSince(before)[1]!))).toContain(translate('fr', 'survey.recorded'));
    const read = await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator });
    expect(read.body.respondents).toBe(1);
  });

  it('routes a ritual capture and an unknown verb submitted as messages to their handlers, never to chat commands', async () => {
    const dan: TeamsUser = { aadObjectId: 'dan-submit', name: 'Dan' };
    const id = await community([dan]);
    const before = connector.sent.length;
    const capture = { verb: 'ritual.capture', communityId: id, meetingDate: '2027-03-09', minutesUrl: 'https://x.example/m' };
    expect((await submitCard(dan, capture, 'personal', 'capture-1')).status).toBe(200);
    expect((await submitCard(dan, { verb: 'no.such.verb' }, 'personal', 'other-1')).status).toBe(200);
    await connector.waitFor(before + 2);
    const texts = sentSince(before).map((s) => cardText(cardOf(s)));
    expect(texts).toEqual([
      expect.stringContaining(translate('fr', 'rituals.error.notFound')),
      expect.stringContaining(translate('fr', 'poll.error.unknownAction')),
    ]);
  });

  it('posts the answer as a new card in the personal chat when the submit names no card, whatever its delivery mode', async () => {
    const eve: TeamsUser = { aadObjectId: 'eve-submit', name: 'Ève' };
    const id = await community([eve]);
    const { card } = (
      await app.call('POST', `/api/communities/${id}/polls`, { token: facilitator, body: { question: 'Ok?', method: 'consent' } })
    ).body;
    const youVoted = (answer: 'agree' | 'concern') =>
      translate('fr', 'poll.youVoted', { choice: translate('fr', `poll.answer.${answer}`) });
    // `expectReplies` makes the SDK keep `context.sendActivity` replies for the HTTP answer, which Teams never reads
    // for a message: the answer used to go nowhere.
    for (const [answer, extra] of [
      ['agree', {}],
      ['concern', { deliveryMode: 'expectReplies' }],
    ] as const) {
      const before = connector.sent.length;
      const res = await submitCard(eve, { ...fallbackData(card, 'poll.vote', answer) }, 'personal', null, extra);
      expect(res.status).toBe(200);
      await connector.waitFor(before + 1);
      const delivered = sentSince(before);
      // A post to the conversation (the SDK may name the activity it answers: `…/activities/{id}`), never an update.
      expect(delivered.map((s) => [s.method, decodeURIComponent(s.path)])).toEqual([
        ['POST', expect.stringMatching(/^\/v3\/conversations\/a:personal-eve-submit\/activities(\/[^/]+)?$/)],
      ]);
      // Nothing kept back for the HTTP answer either: the card is sent once.
      expect(res.body?.activities ?? []).toEqual([]);
      expect(cardProblems(cardOf(delivered[0]!))).toEqual([]);
      expect(cardText(cardOf(delivered[0]!))).toContain(youVoted(answer));
    }
  });
});
