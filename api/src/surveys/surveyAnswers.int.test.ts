import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction, type TeamsUser } from '../testing/pollActivities';
import { sentCard, tabLinksOf, testTeamsAppId, withoutTabLinks } from '../testing/tabDeepLinks';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot posts.
// With a Teams app id, cards carry Teams deep links to the channel tab.
const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
const connector = useFakeConnector();
let facilitator: string;
const channel = '19:surveys@thread.tacv2';

beforeAll(async () => {
  facilitator = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

/** The survey cards' one link to the tab: the answers page, in the channel's tab when the card is there. */
const answersLink = (communityId: string, channelId?: string) => ({
  app: testTeamsAppId,
  entityId: communityId,
  webUrl: `http://localhost:53000/#/c/${communityId}/answers`,
  context: { subEntityId: `/c/${communityId}/answers`, ...(channelId ? { channelId } : {}) },
});

const member = (i: number): TeamsUser => ({ aadObjectId: `m-${i}`, name: `Membre ${i}` });

/** A community with `count` members, its channel linked so survey cards are posted there. */
async function community(count: number, language: 'fr' | 'en' = 'fr') {
  const { body } = await app.call('POST', '/api/communities', {
    token: facilitator,
    body: { name: `Sondages ${Math.random()}`, language },
  });
  for (let i = 0; i < count; i++)
    await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: `m-${i}`, name: `Membre ${i}`, role: 'member' });
  const conversationId = `${channel}-${body.id}`;
  await app.call('POST', '/api/messages', {
    body: {
      type: 'installationUpdate',
      action: 'add',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      id: `i-${Math.random()}`,
      from: { id: '29:nadia', aadObjectId: 'nadia', name: 'Nadia' },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: { id: conversationId, tenantId: 'local-tenant', conversationType: 'channel' },
      channelData: { tenant: { id: 'local-tenant' }, team: { id: `team-${body.id}` } },
    },
  });
  expect(
    (await app.call('POST', `/api/communities/${body.id}/conversations`, { token: facilitator, body: { conversationId } })).status,
  ).toBe(200);
  return { id: body.id as string, conversationId };
}

async function openSurvey(communityId: string, input: Record<string, unknown>) {
  const res = await app.call('POST', `/api/communities/${communityId}/surveys`, { token: facilitator, body: input });
  expect(res.status).toBe(201);
  return res.body as { survey: any; card: any; posted: number };
}

/** Posts a `task/fetch` or `task/submit` invoke, as Teams does for a dialog opened from a card. */
async function dialogInvoke(name: 'task/fetch' | 'task/submit', user: TeamsUser, data: Record<string, unknown>, locale = 'fr-CA') {
  const res = await app.call('POST', '/api/messages', {
    body: {
      type: 'invoke',
      name,
      id: `invoke-${Math.random()}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      locale,
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: { id: channel, tenantId: 'local-tenant', conversationType: 'channel' },
      channelData: { tenant: { id: 'local-tenant' } },
      value: { data, context: { theme: 'default' } },
    },
  });
  expect(res.status).toBe(200);
  return res.body as { task: { type: 'continue' | 'message'; value: any } };
}

/** The answer rows of a survey as stored (the gate row, which holds nothing, apart). */
async function answerRows(communityId: string, surveyId: string) {
  const rows: Record<string, unknown>[] = [];
  const pk = `local-tenant|${communityId}|survey-${surveyId}`;
  for await (const row of app.deps.tables.ballots.listEntities({ queryOptions: { filter: `PartitionKey eq '${pk}'` } }))
    if (row.rowKey === '~gate') expect(Object.keys(row).sort()).toEqual(['etag', 'partitionKey', 'rowKey', 'timestamp']);
    else rows.push(row);
  return rows;
}

describe('surveys in the channel (integration, Azurite)', () => {
  it('posts a pulse card members answer on the card; retries count once; results appear from the threshold; rows say nothing of who', async () => {
    const { id, conversationId } = await community(6);
    const sentBefore = connector.sent.length;
    const { survey, card, posted } = await openSurvey(id, { kind: 'pulse', items: ['P1', 'P4', 'P15'] });
    expect(posted).toBe(1);
    expect(cardProblems(card)).toEqual([]);
    const post = connector.sent.slice(sentBefore).find((s) => s.path.startsWith(`/v3/conversations/${conversationId}/`));
    // The channel gets the card the API answered, its link naming the channel it is in.
    expect(withoutTabLinks(sentCard(post!))).toEqual(withoutTabLinks(card));
    expect(tabLinksOf(sentCard(post!))).toEqual([answersLink(id, conversationId)]);
    expect(tabLinksOf(card)).toEqual([answersLink(id)]);
    expect(survey).toMatchObject({ kind: 'pulse', status: 'open', threshold: 5, respondents: 0, needed: 5, results: null });

    const data = actionData(card, 'survey.answer');
    for (let i = 0; i < 4; i++) {
      const res = await invokeCardAction(app, connector.serviceUrl, member(i), { ...data, 'q.P1': String(i + 1), 'q.P15': `Idée ${i}` });
      expect(res.status).toBe(200);
      expect(cardText(res.card)).toContain(translate('fr', 'survey.recorded'));
    }
    // Teams retries an invoke it did not hear back from: the same answer again, and a changed one.
    await invokeCardAction(app, connector.serviceUrl, member(0), { ...data, 'q.P1': '1', 'q.P15': 'Idée 0' });
    await invokeCardAction(app, connector.serviceUrl, member(1), { ...data, 'q.P1': '5' });
    const below = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: app.token({ userId: 'm-5' }) })).body;
    expect(below).toMatchObject({ respondents: 4, needed: 1, results: null });

    const fifth = await invokeCardAction(app, connector.serviceUrl, member(4), { ...data, 'q.P1': '5' });
    expect(cardText(fifth.card)).toContain(translate('fr', 'survey.mean', { mean: 3.6 }));
    const shown = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator })).body;
    expect(shown.respondents).toBe(5);
    expect(shown.results.questions[0]).toEqual({
      id: 'P1',
      type: 'likert',
      answered: 5,
      counts: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 2 },
      mean: 3.6,
    });
    expect(shown.results.questions[2].texts).toEqual(['Idée 0', 'Idée 2', 'Idée 3']);

    const rows = await answerRows(id, survey.id);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/m-\d|Membre/);
  });

  it('refuses bad answers on the card with a reason and changes nothing; sponsors and strangers cannot answer', async () => {
    const { id } = await community(1);
    await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'sponsor', name: 'Hélène', role: 'sponsor' });
    const { survey, card } = await openSurvey(id, { kind: 'checkout', meetingDate: '2026-12-03' });
    const data = actionData(card, 'survey.answer');
    const bad = await invokeCardAction(app, connector.serviceUrl, member(0), { ...data, 'q.useful': '9' });
    expect(cardText(bad.card)).toContain(translate('fr', 'survey.error.invalid'));
    const empty = await invokeCardAction(app, connector.serviceUrl, member(0), { ...data }, { locale: 'en-US' });
    expect(cardText(empty.card)).toContain(translate('en', 'survey.error.invalid'));
    const sponsor = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'sponsor', name: 'Hélène' },
      { ...data, 'q.useful': '4' },
    );
    expect(cardText(sponsor.card)).toContain(translate('fr', 'survey.error.notAllowed'));
    const stranger = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'x', name: 'X' }, { ...data, 'q.useful': '4' });
    expect(cardText(stranger.card)).toContain(translate('fr', 'survey.error.notFound'));
    const missing = await invokeCardAction(app, connector.serviceUrl, member(0), { ...data, surveyId: 'nope', 'q.useful': '4' });
    expect(cardText(missing.card)).toContain(translate('fr', 'survey.error.notFound'));
    expect(await answerRows(id, survey.id)).toHaveLength(0);

    await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator });
    const late = await invokeCardAction(app, connector.serviceUrl, member(0), { ...data, 'q.useful': '4' });
    expect(cardText(late.card)).toContain(translate('fr', 'survey.error.closed'));
    expect(await answerRows(id, survey.id)).toHaveLength(0);
  });

  it('opens long surveys in a dialog: the form comes prefilled, a bad submit keeps the input with the reason, a good one closes it', async () => {
    const { id } = await community(2, 'en');
    const { survey, card } = await openSurvey(id, { kind: 'needs' });
    const open = card.actions.find((a: any) => a.type === 'Action.Submit').data;
    expect(open.msteams).toEqual({ type: 'task/fetch' });

    const fetched = await dialogInvoke('task/fetch', member(0), open, 'en-US');
    expect(fetched.task.type).toBe('continue');
    const form = fetched.task.value.card.content;
    expect(cardProblems(form)).toEqual([]);
    expect(JSON.stringify(form)).toContain(translate('en', 'survey.needs.situation'));
    const submit = form.actions[0].data;

    const tooLong = await dialogInvoke(
      'task/submit',
      member(0),
      { ...submit, 'q.situation': 'x'.repeat(1001), 'q.limits': 'time' },
      'en-US',
    );
    expect(tooLong.task.type).toBe('continue');
    expect(cardText(tooLong.task.value.card.content)).toContain(translate('en', 'survey.error.invalid'));
    expect(JSON.stringify(tooLong.task.value.card.content)).toContain('"value":"time"');

    const ok = await dialogInvoke(
      'task/submit',
      member(0),
      { ...submit, 'q.situation': 'Crisis calls', 'q.limits': 'time,manager' },
      'en-US',
    );
    expect(ok.task).toEqual({ type: 'message', value: translate('en', 'survey.recorded') });
    // Opening again shows the answer given.
    const again = await dialogInvoke('task/fetch', member(0), open, 'en-US');
    expect(JSON.stringify(again.task.value.card.content)).toContain('"value":"Crisis calls"');
    const mine = await app.call('GET', `/api/communities/${id}/surveys/${survey.id}/responses/mine`, {
      token: app.token({ userId: 'm-0' }),
    });
    expect(mine.body.answers).toEqual({ situation: 'Crisis calls', limits: ['time', 'manager'] });
  });

  it('lets a member see and delete their own answer, and only their own', async () => {
    const { id } = await community(2);
    const { survey } = await openSurvey(id, { kind: 'pulse', items: ['P1'] });
    const m0 = app.token({ userId: 'm-0' });
    const m1 = app.token({ userId: 'm-1' });
    const path = `/api/communities/${id}/surveys/${survey.id}`;
    expect((await app.call('POST', `${path}/responses`, { token: m0, body: { answers: { P1: 4 } } })).status).toBe(200);
    expect((await app.call('POST', `${path}/responses`, { token: m1, body: { answers: { P1: 2 } } })).status).toBe(200);
    expect((await app.call('POST', `${path}/responses`, { token: m1, body: { answers: { P1: 'two' } } })).status).toBe(400);
    expect((await app.call('GET', `${path}/responses/mine`, { token: m0 })).body).toEqual({ answers: { P1: 4 } });
    const list = (await app.call('GET', `/api/communities/${id}/surveys`, { token: m0 })).body.surveys;
    expect(list).toEqual([expect.objectContaining({ id: survey.id, respondents: 2, answeredByMe: true })]);

    expect((await app.call('DELETE', `${path}/responses/mine`, { token: m0 })).status).toBe(204);
    expect((await app.call('GET', `${path}/responses/mine`, { token: m0 })).status).toBe(404);
    expect((await app.call('DELETE', `${path}/responses/mine`, { token: m0 })).status).toBe(404);
    expect((await app.call('GET', `${path}/responses/mine`, { token: m1 })).body).toEqual({ answers: { P1: 2 } });
    expect((await app.call('GET', path, { token: facilitator })).body.respondents).toBe(1);
    // Someone outside the community learns nothing, not even that the survey exists.
    expect((await app.call('GET', `${path}/responses/mine`, { token: app.token({ userId: 'outsider' }) })).status).toBe(404);
  });

  it('closes a snowball survey: nominees merged and added to workshop 5 as proposed stakeholders; the channel card is replaced', async () => {
    const { id, conversationId } = await community(3);
    const { survey } = await openSurvey(id, { kind: 'snowball', threshold: 3 });
    const submit = { verb: 'survey.submit', communityId: id, surveyId: survey.id };
    const nominate = (i: number, entries: [string, string, string?][]) =>
      dialogInvoke(
        'task/submit',
        member(i),
        Object.fromEntries([
          ...Object.entries(submit),
          ...entries.flatMap(([name, kind, why], n) => [
            [`q.nominees.${n + 1}.name`, name],
            [`q.nominees.${n + 1}.kind`, kind],
            ...(why ? [[`q.nominees.${n + 1}.why`, why]] : []),
          ]),
        ]),
      );
    await nominate(0, [
      ['Comité des usagers', 'organisation', 'La voix des usagers'],
      ['Léa Roy', 'person'],
    ]);
    await nominate(1, [['comite des usagers', 'organisation']]);
    await nominate(2, [
      ['COMITÉ DES USAGERS', 'organisation'],
      ['DQEPE', 'organisation'],
    ]);

    const sentBefore = connector.sent.length;
    const closed = (await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator })).body;
    expect(closed).toMatchObject({ status: 'closed', respondents: 3, proposedStakeholders: 3 });
    const w5 = (await app.call('GET', `/api/communities/${id}/workshops/5`, { token: facilitator })).body;
    expect(w5.data.proposedStakeholders).toEqual([
      { id: expect.any(String), name: 'Comité des usagers', kind: 'organisation', nominations: 3, reasons: ['La voix des usagers'] },
      { id: expect.any(String), name: 'DQEPE', kind: 'organisation', nominations: 1, reasons: [] },
      { id: expect.any(String), name: 'Léa Roy', kind: 'person', nominations: 1, reasons: [] },
    ]);
    // The channel copy becomes the closed card; closing again changes nothing.
    const update = (await connector.waitFor(sentBefore + 1)).at(-1)!;
    expect(update.method).toBe('PUT');
    expect(cardText(update.activity)).toContain(translate('fr', 'survey.proposedAdded', { n: 3 }));
    expect(tabLinksOf(sentCard(update))).toEqual([answersLink(id, conversationId)]);
    expect((await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator })).status).toBe(200);
    const again = (await app.call('GET', `/api/communities/${id}/workshops/5`, { token: facilitator })).body;
    expect(again.data.proposedStakeholders).toHaveLength(3);
    expect(again.version).toBe(w5.version);
  });

  it('keeps stories at their authors’ consent level: sponsors see report stories only, names only when chosen', async () => {
    const { id } = await community(3);
    await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'sponsor', name: 'Hélène', role: 'sponsor' });
    const { survey } = await openSurvey(id, { kind: 'story' });
    const path = `/api/communities/${id}/surveys/${survey.id}`;
    const tell = (i: number, consent: string) =>
      app.call('POST', `${path}/responses`, {
        token: app.token({ userId: `m-${i}`, name: `Membre ${i}` }),
        body: { answers: { s1: `Story ${i}`, consent } },
      });
    expect((await tell(0, 'internal')).status).toBe(200);
    expect((await tell(1, 'reportAnonymised')).status).toBe(200);
    expect((await tell(2, 'reportNamed')).status).toBe(200);
    expect(
      (await app.call('POST', `${path}/responses`, { token: app.token({ userId: 'm-0' }), body: { answers: { s1: 'no consent' } } }))
        .status,
    ).toBe(400);
    const asMember = (await app.call('GET', path, { token: app.token({ userId: 'm-0' }) })).body.results.stories;
    expect(asMember).toHaveLength(3);
    const asSponsor = (await app.call('GET', path, { token: app.token({ userId: 'sponsor' }) })).body.results.stories;
    expect(asSponsor.map((s: any) => [s.answers.s1, s.author ?? null])).toEqual([
      ['Story 1', null],
      ['Story 2', 'Membre 2'],
    ]);
    const rows = await answerRows(id, survey.id);
    expect(rows.filter((r) => JSON.stringify(r).includes('Membre'))).toHaveLength(1);
  });

  it('closes surveys whose deadline passed from the timer, once even when runs overlap', async () => {
    const { id, conversationId } = await community(1);
    const { survey } = await openSurvey(id, { kind: 'checkout', durationDays: 1 });
    const later = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    const sentBefore = connector.sent.length;
    const [a, b] = await Promise.all([app.deps.runTimers(later), app.deps.runTimers(later)]);
    expect([...a.surveys.closed, ...b.surveys.closed].filter((s) => s === survey.id).length).toBeGreaterThanOrEqual(1);
    const read = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator })).body;
    expect(read.status).toBe('closed');
    expect((await app.deps.runTimers(later)).surveys.closed).not.toContain(survey.id);
    // The channel copy became the closed card, still linking to the answers in this channel's tab.
    await connector.waitFor(sentBefore + 1);
    const updates = connector.sent
      .slice(sentBefore)
      .filter((s) => s.method === 'PUT' && decodeURIComponent(s.path).startsWith(`/v3/conversations/${conversationId}/`));
    expect(updates.length).toBeGreaterThanOrEqual(1);
    for (const update of updates) expect(tabLinksOf(sentCard(update))).toEqual([answersLink(id, conversationId)]);
  });

  it('validates survey creation with field paths and lets only facilitators open or close', async () => {
    const { id } = await community(1);
    const bad = await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator, body: { kind: 'pulse', threshold: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'threshold' })]);
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator, body: { kind: 'vote' } })).status).toBe(400);
    const m0 = app.token({ userId: 'm-0' });
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: m0, body: { kind: 'needs' } })).status).toBe(403);
    const { survey } = await openSurvey(id, { kind: 'needs' });
    expect((await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: m0 })).status).toBe(403);
    expect((await app.call('GET', `/api/communities/${id}/surveys/nope`, { token: m0 })).status).toBe(404);
  });
});
