import { cardProblems } from '@elan/bot/testing/cardProblems';
import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { selfReviewAskVerb, selfReviewSubmitVerb } from '@elan/core/selfReview/selfReviewCard';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake opens 1:1 chats and records what the bot sends.
// Storage is a real Azurite.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, tenant, postsTo } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

// Weekly 2-hour meetings from Tuesday 9 March 2027, 13:30 in Toronto: the first one ends at 20:30Z.
const afterFirst = '2027-03-09T21:00:00Z';
const nadiaUser = { aadObjectId: 'nadia', name: 'Nadia' };
const fatouUser = { aadObjectId: 'fatou', name: 'Fatou' };

/** Self-review cards the bot sent in personal chats since `from`, by who received them. */
const reviewCards = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), card: cardOf(s) }))
    .filter((m) => cardText(m.card).includes(translate('fr', 'selfReview.card.title')));

/** A community whose team is Nadia and Fatou (facilitators), Ana and Ben (members) and Sam (sponsor), linked to `channel`. */
async function community(channel: string) {
  const id = await setUp(`Bilan ${channel}`, channel, ritualsInput());
  await app.deps.stores.communities.putMember(tenant, id, { userId: 'fatou', name: 'Fatou', role: 'facilitator' });
  // A facilitator who left the team gets nothing.
  await app.deps.stores.communities.putMember(tenant, id, { userId: 'omar', name: 'Omar', role: 'facilitator', status: 'inactive' });
  return id;
}

/** Two overlapping timer runs at `at`; the self-review cards they sent for one community. */
async function overlappingRuns(at: string, id: string) {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return runs.flatMap((r) => r.selfReviews.sent.filter((s) => s.startsWith(`${id} `))).sort();
}

/** The card Nadia got for the first meeting, once the timer sent it. */
async function nadiasCard(id: string) {
  const start = connector.sent.length;
  expect(await overlappingRuns(afterFirst, id)).toEqual([`${id} 2027-03-09 fatou`, `${id} 2027-03-09 nadia`]);
  await connector.waitFor(start + 2);
  const sent = reviewCards(start);
  return sent.find((m) => m.to === 'nadia')!.card;
}

const answers = {
  review_agendaKept: 'notYet',
  review_climate: 'partly',
  review_checkOut: 'yes',
  review_note: 'Trop de points à l’ordre du jour.',
};

describe('the facilitator’s self-review after each meeting (integration, Azurite, fake connector)', () => {
  it('sends one card per active facilitator and meeting, whatever runs overlap; none to members, none before the end', async () => {
    const id = await community('19:bilan@thread.tacv2');
    const start = connector.sent.length;
    expect(await overlappingRuns('2027-03-09T20:00:00Z', id)).toEqual([]);
    expect(await overlappingRuns(afterFirst, id)).toEqual([`${id} 2027-03-09 fatou`, `${id} 2027-03-09 nadia`]);
    expect(await overlappingRuns('2027-03-09T21:30:00Z', id)).toEqual([]);
    // Who has the card is one read; nobody else is claimed for it.
    expect([...(await app.deps.stores.selfReviews.cardsSent(tenant, id, '2027-03-09'))].sort()).toEqual(['fatou', 'nadia']);
    expect(await app.deps.stores.selfReviews.cardsSent(tenant, id, '2027-03-16')).toEqual(new Set());
    await connector.waitFor(start + 2);
    await new Promise((r) => setTimeout(r, 200));
    const sent = reviewCards(start);
    expect(sent.map((m) => m.to).sort()).toEqual(['fatou', 'nadia']);
    for (const { card } of sent) {
      expect(cardProblems(card)).toEqual([]);
      // The items are the choice sets' labels.
      expect(JSON.stringify(card)).toContain(JSON.stringify(translate('fr', 'selfReview.item.quieterInvited')));
      expect(actionData(card, selfReviewSubmitVerb)).toMatchObject({ communityId: id, meetingDate: '2027-03-09' });
    }
    // The next meeting gets its own cards.
    expect(await overlappingRuns('2027-03-16T20:00:00Z', id)).toEqual([`${id} 2027-03-16 fatou`, `${id} 2027-03-16 nadia`]);
  });

  it('a facilitator whose personal chat Teams refuses gets nothing, and their card is not spent', async () => {
    const id = await community('19:bilan-refus@thread.tacv2');
    // Someone the bot never had a personal chat with, so one must be opened (and Teams refuses it).
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'gael', name: 'Gaël', role: 'facilitator' });
    connector.refuseConversationWith('gael');
    expect(await overlappingRuns(afterFirst, id)).toEqual([`${id} 2027-03-09 fatou`, `${id} 2027-03-09 nadia`]);
    expect(await app.deps.stores.selfReviews.claimCard(tenant, id, '2027-03-09', 'gael', afterFirst)).toBe(true);
  });

  it('stores the submitted review once under a retried invoke, answers with the tips, and keeps it private', async () => {
    const id = await community('19:bilan-prive@thread.tacv2');
    const card = await nadiasCard(id);
    const data = { ...actionData(card, selfReviewSubmitVerb), ...answers };

    // Nothing answered: the form comes back with the reason, nothing is stored.
    const empty = await invokeCardAction(app, connector.serviceUrl, nadiaUser, actionData(card, selfReviewSubmitVerb), {
      verb: selfReviewSubmitVerb,
    });
    expect(cardProblems(empty.card)).toEqual([]);
    expect(cardText(empty.card)).toContain(translate('fr', 'selfReview.error.empty'));
    expect(await app.deps.stores.selfReviews.listMine(tenant, id, 'nadia')).toEqual([]);

    // Teams retries an invoke it did not hear back from in time: the same activity, twice at once, then again.
    const invoke = () =>
      invokeCardAction(app, connector.serviceUrl, nadiaUser, data, { verb: selfReviewSubmitVerb, activityId: 'review-1' });
    const [first, second] = await Promise.all([invoke(), invoke()]);
    const third = await invoke();
    for (const done of [first, second, third]) {
      expect(done.status).toBe(200);
      expect(cardProblems(done.card)).toEqual([]);
      const text = cardText(done.card);
      expect(text).toContain(translate('fr', 'selfReview.done.title'));
      expect(text).toContain(translate('fr', 'selfReview.tip.agendaKept'));
      expect(text).toContain(translate('fr', 'selfReview.tip.climate'));
      expect(text).not.toContain(translate('fr', 'selfReview.tip.checkOut'));
      expect(actionData(done.card, selfReviewAskVerb)).toMatchObject({ communityId: id, meetingDate: '2027-03-09' });
    }
    const stored = await app.deps.stores.selfReviews.listMine(tenant, id, 'nadia');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      meetingKey: '2027-03-09',
      answers: { agendaKept: 'notYet', climate: 'partly', checkOut: 'yes' },
      note: 'Trop de points à l’ordre du jour.',
    });

    // Only Nadia reads hers: Fatou (a facilitator too) gets her own, empty; members and sponsors are refused.
    const mine = await app.call('GET', `/api/communities/${id}/selfReviews/me`, { token: nadia });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      total: 1,
      reviews: [{ meetingDate: '2027-03-09', note: 'Trop de points à l’ordre du jour.', feedbackSurveyId: null }],
      trends: [{ item: 'agendaKept', notYet: 1, partly: 0 }],
    });
    const fatou = await app.call('GET', `/api/communities/${id}/selfReviews/me`, { token: app.token({ userId: 'fatou', name: 'Fatou' }) });
    // Today is before the first meeting (March 2027): nothing for the tab's form to review yet.
    expect(fatou.body).toEqual({ reviews: [], total: 0, trends: [], latestMeeting: null });
    for (const userId of ['ana', 'sam'])
      expect((await app.call('GET', `/api/communities/${id}/selfReviews/me`, { token: app.token({ userId }) })).status).toBe(403);
    expect((await app.call('GET', `/api/communities/${id}/selfReviews/me`, { token: app.token({ userId: 'zed' }) })).status).toBe(404);

    // A member forging the card's invoke, or a facilitator naming a meeting whose card they never got, stores nothing.
    const forged = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'ana', name: 'Ana' }, data, {
      verb: selfReviewSubmitVerb,
    });
    expect(cardText(forged.card)).toContain(translate('fr', 'selfReview.error.notFound'));
    const otherDay = await invokeCardAction(
      app,
      connector.serviceUrl,
      nadiaUser,
      { ...data, meetingDate: '2027-03-23' },
      { verb: selfReviewSubmitVerb },
    );
    expect(cardText(otherDay.card)).toContain(translate('fr', 'selfReview.error.notFound'));
    expect(await app.deps.stores.selfReviews.listMine(tenant, id, 'ana')).toEqual([]);
    expect(await app.deps.stores.selfReviews.listMine(tenant, id, 'nadia')).toHaveLength(1);

    // A review saved again replaces the first: still one for the meeting.
    await invokeCardAction(app, connector.serviceUrl, nadiaUser, { ...data, review_agendaKept: 'yes' }, { verb: selfReviewSubmitVerb });
    const replaced = await app.deps.stores.selfReviews.listMine(tenant, id, 'nadia');
    expect(replaced.map((r) => r.answers.agendaKept)).toEqual(['yes']);
  });

  it('asking members for feedback opens one survey for the meeting and posts it once, however many clicks', async () => {
    const channel = '19:bilan-avis@thread.tacv2';
    const id = await community(channel);
    const card = await nadiasCard(id);
    const submitted = await invokeCardAction(
      app,
      connector.serviceUrl,
      nadiaUser,
      { ...actionData(card, selfReviewSubmitVerb), ...answers },
      {
        verb: selfReviewSubmitVerb,
      },
    );
    const ask = actionData(submitted.card, selfReviewAskVerb);
    const start = connector.sent.length;
    // A double click by Nadia and Fatou asking at the same time.
    const clicks = await Promise.all([
      invokeCardAction(app, connector.serviceUrl, nadiaUser, ask, { verb: selfReviewAskVerb }),
      invokeCardAction(app, connector.serviceUrl, nadiaUser, ask, { verb: selfReviewAskVerb }),
      invokeCardAction(app, connector.serviceUrl, fatouUser, ask, { verb: selfReviewAskVerb }),
    ]);
    const notices = clicks.map((c) => cardText(c.card));
    for (const c of clicks) expect(cardProblems(c.card)).toEqual([]);
    expect(notices.filter((t) => t.includes(translate('fr', 'selfReview.asked')))).toHaveLength(1);
    expect(notices.filter((t) => t.includes(translate('fr', 'selfReview.alreadyAsked')))).toHaveLength(2);
    // Nadia's answer card keeps her tips; the button is gone.
    expect(clicks.some((c) => cardText(c.card).includes(translate('fr', 'selfReview.tip.agendaKept')))).toBe(true);
    expect(clicks.every((c) => !JSON.stringify(c.card).includes(selfReviewAskVerb))).toBe(true);

    const { surveys } = (await app.call('GET', `/api/communities/${id}/surveys`, { token: nadia })).body as {
      surveys: { id: string; kind: string }[];
    };
    const feedback = surveys.filter((s) => s.kind === 'feedback');
    expect(feedback).toHaveLength(1);
    const survey = (await app.call('GET', `/api/communities/${id}/surveys/${feedback[0]!.id}`, { token: nadia })).body;
    expect(survey).toMatchObject({ kind: 'feedback', meetingDate: '2027-03-09', results: null, respondents: 0 });
    await connector.waitFor(start + 1);
    await new Promise((r) => setTimeout(r, 200));
    const posted = postsTo(channel, start).map(cardOf);
    expect(posted).toHaveLength(1);
    expect(cardProblems(posted[0])).toEqual([]);
    expect(cardText(posted[0])).toContain(translate('fr', 'survey.title.feedback'));

    // A later click asks nothing more; the review shows the meeting's survey.
    const again = await invokeCardAction(app, connector.serviceUrl, nadiaUser, ask, { verb: selfReviewAskVerb });
    expect(cardText(again.card)).toContain(translate('fr', 'selfReview.alreadyAsked'));
    const mine = await app.call('GET', `/api/communities/${id}/selfReviews/me`, { token: nadia });
    expect(mine.body.reviews[0].feedbackSurveyId).toBe(feedback[0]!.id);
    // A member cannot ask.
    const member = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'ana', name: 'Ana' }, ask, { verb: selfReviewAskVerb });
    expect(cardText(member.card)).toContain(translate('fr', 'selfReview.error.notFound'));
  });

  it('an archived community sends no card; the tab’s review needs a finished meeting', async () => {
    const id = await community('19:bilan-archive@thread.tacv2');
    for (const stage of ['closing', 'archived'])
      expect((await app.call('PUT', `/api/communities/${id}/lifecycle`, { token: nadia, body: { stage } })).status).toBe(200);
    expect(await overlappingRuns(afterFirst, id)).toEqual([]);

    // Today is before the first meeting (March 2027): nothing to review from the tab yet.
    const live = await community('19:bilan-onglet@thread.tacv2');
    const early = await app.call('PUT', `/api/communities/${live}/selfReviews/me`, {
      token: nadia,
      body: { answers: { agendaKept: 'yes' } },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('selfReview.error.noMeeting');
    const bad = await app.call('PUT', `/api/communities/${live}/selfReviews/me`, {
      token: nadia,
      body: { answers: { agendaKept: 'always' } },
    });
    expect(bad.status).toBe(400);
  });
});
