import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { compassClaimKey } from '@elan/core/compass/compassTimers';
import { loadDigestFacts } from '@elan/core/digest/digestFacts';
import { digestContent } from '@elan/core/digest/digestContent';
import { cardActions, cardText, invokeCardAction } from '../testing/pollActivities';
import { useSurveyChannel } from '../testing/surveyChannel';

// One app and one fake Bot Connector (the boundary we cannot run here) for the file; each test has its own communities.
const { app, connector, facilitator, member, community, dialogInvoke } = useSurveyChannel();
const tenant = 'local-tenant';

/** The compass cards the bot posted (new messages, not updates) to one channel since `from`. */
const compassPosts = (conversationId: string, from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith(`/v3/conversations/${conversationId}/activities`))
    .map((s) => s.activity['attachments']?.[0]?.content)
    .filter((card) => card && JSON.stringify(card).includes('"verb":"compass.open"'));

/** A facilitator opens a run from the tab; the response and the card posted to the channel. */
async function openRun(communityId: string, conversationId: string) {
  const before = connector.sent.length;
  const res = await app.call('POST', `/api/communities/${communityId}/compass/runs`, { token: facilitator() });
  expect(res.status).toBe(201);
  await connector.waitFor(before + 1);
  const [card] = compassPosts(conversationId, before);
  return { body: res.body as { number: number; posted: number }, card };
}

/** The ratings stored for a run, one row per respondent. */
async function responseRows(communityId: string, run: number) {
  const rows: unknown[] = [];
  const pk = `${tenant}|${communityId}|compass-${run}`;
  for await (const row of app.deps.tables.ballots.listEntities({ queryOptions: { filter: `PartitionKey eq '${pk}'` } })) rows.push(row);
  return rows;
}

/** Two timer runs at the same instant, as two Functions instances would; the compass runs opened for one community. */
async function overlappingRuns(at: string, communityId: string) {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  const mine = (list: string[]) => list.filter((p) => p.startsWith(`${communityId} `));
  return { opened: runs.flatMap((r) => mine(r.compass.opened)), posted: runs.flatMap((r) => mine(r.compass.posted)) };
}

/** Six months and a day after now: a community created now is due its first compass then. */
const sixMonthsOn = () => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + 6);
  return new Date(d.getTime() + 86_400_000).toISOString();
};

describe('the compass answered from a channel card (integration, Azurite, /api/messages)', () => {
  it('posts the card when a facilitator opens a run: run number, size, count, the dialog button and the tab link', async () => {
    const { id, conversationId } = await community(3);
    const { body, card } = await openRun(id, conversationId);
    expect(body).toEqual({ number: 1, posted: 1 });
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(translate('fr', 'compass.card.title', { n: 1 }));
    expect(text).toContain(translate('fr', 'compass.card.size'));
    expect(text).toContain(translate('fr', 'compass.card.respondents', { n: 0 }));
    const [open, refresh, link] = cardActions(card);
    expect(open).toMatchObject({
      type: 'Action.Submit',
      data: { msteams: { type: 'task/fetch' }, verb: 'compass.open', communityId: id, run: 1 },
    });
    expect(refresh).toMatchObject({ type: 'Action.Execute', verb: 'compass.refresh' });
    const context = JSON.parse(new URL(link.url).searchParams.get('context')!);
    expect(context).toMatchObject({ subEntityId: `/c/${id}/w/6` });
  });

  it('opens the dialog with my earlier ratings, stores the submit once even when retried, and refreshes the count', async () => {
    const { id, conversationId } = await community(3, 'en');
    const { card } = await openRun(id, conversationId);
    const open = cardActions(card)[0].data;
    // Answered in the tab first: the dialog shows it.
    const tab = await app.call('PUT', `/api/communities/${id}/compass/runs/1/responses/me`, {
      token: app.token({ userId: 'm-0' }),
      body: { ratings: { 'purpose.a': 2 } },
    });
    expect(tab.status).toBe(200);

    const fetched = await dialogInvoke('task/fetch', member(0), open, 'en-US');
    expect(fetched.task.type).toBe('continue');
    const form = fetched.task.value.card.content;
    expect(cardProblems(form)).toEqual([]);
    const inputs = (form.body as any[]).flatMap((e) => e.items ?? []).filter((i: any) => i.type === 'Input.ChoiceSet');
    expect(inputs).toHaveLength(30);
    expect(inputs.find((i: any) => i.id === 'r.purpose.a')).toMatchObject({ label: translate('en', 'compass.purpose.a'), value: '2' });
    expect(inputs.find((i: any) => i.id === 'r.trust.b')).not.toHaveProperty('value');

    const submit = { ...form.actions[0].data, 'r.purpose.a': '4', 'r.trust.b': '5' };
    const ok = await dialogInvoke('task/submit', member(0), submit, 'en-US');
    expect(ok.task).toEqual({ type: 'message', value: translate('en', 'compass.card.recorded') });
    // Teams retries an invoke it got no answer to: the same person's response is replaced, never doubled.
    await dialogInvoke('task/submit', member(0), submit, 'en-US');
    expect(await responseRows(id, 1)).toHaveLength(1);
    const mine = await app.call('GET', `/api/communities/${id}/compass`, { token: app.token({ userId: 'm-0' }) });
    expect(mine.body.runs[0]).toMatchObject({ respondents: 1, mine: { 'purpose.a': 4, 'trust.b': 5 } });

    await dialogInvoke('task/submit', member(1), { ...form.actions[0].data, 'r.value.a': '3' }, 'en-US');
    const refreshed = await invokeCardAction(app, connector.serviceUrl, member(1), cardActions(card)[1].data, { locale: 'en-US' });
    expect(refreshed.status).toBe(200);
    expect(cardProblems(refreshed.card)).toEqual([]);
    expect(cardText(refreshed.card)).toContain(translate('en', 'compass.card.respondents', { n: 2 }));
    expect(cardText(refreshed.card)).toContain(translate('en', 'compass.card.youAnswered'));
    // Counts only: nobody's ratings are on the card.
    expect(JSON.stringify(refreshed.card)).not.toMatch(/"value":"[1-5]"/);
  });

  it('gives a refused form back with the reason in the person’s language, and refuses outsiders and sponsors', async () => {
    const { id, conversationId } = await community(2);
    const { card } = await openRun(id, conversationId);
    const open = cardActions(card)[0].data;
    const submitData = { ...open, verb: 'compass.submit' };

    const empty = await dialogInvoke('task/submit', member(0), submitData, 'fr-CA');
    expect(empty.task.type).toBe('continue');
    expect(cardText(empty.task.value.card.content)).toContain(translate('fr', 'compass.card.error.empty'));
    const bad = await dialogInvoke('task/submit', member(0), { ...submitData, 'r.purpose.a': '9', 'r.trust.a': '2' }, 'en-US');
    expect(cardProblems(bad.task.value.card.content)).toEqual([]);
    expect(cardText(bad.task.value.card.content)).toContain(translate('en', 'compass.card.error.invalid'));
    // What they chose comes back with the form.
    expect(JSON.stringify(bad.task.value.card.content)).toMatch(/"id":"r\.trust\.a".*?"value":"2"/);
    expect(await responseRows(id, 1)).toHaveLength(0);

    const outsider = { aadObjectId: 'stranger', name: 'Stranger' };
    const refused = await dialogInvoke('task/submit', outsider, { ...submitData, 'r.purpose.a': '3' }, 'en-US');
    expect(cardText(refused.task.value.card.content)).toContain(translate('en', 'compass.card.error.notFound'));
    const peek = await dialogInvoke('task/fetch', outsider, open, 'fr-CA');
    expect(cardText(peek.task.value.card.content)).toContain(translate('fr', 'compass.card.error.notFound'));
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'sponsor-1', name: 'Sam', role: 'sponsor' });
    const sponsor = await dialogInvoke('task/submit', { aadObjectId: 'sponsor-1', name: 'Sam' }, { ...submitData, 'r.purpose.a': '3' });
    expect(cardText(sponsor.task.value.card.content)).toContain(translate('fr', 'compass.card.error.notAllowed'));
    const sponsorForm = await dialogInvoke('task/fetch', { aadObjectId: 'sponsor-1', name: 'Sam' }, open, 'en-US');
    expect(cardText(sponsorForm.task.value.card.content)).toContain(translate('en', 'compass.card.error.notAllowed'));
    // A sponsor's refresh shows the count, never "you have not answered yet": the compass is not theirs to answer.
    const sponsorView = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'sponsor-1', name: 'Sam' },
      { ...open, verb: 'compass.refresh' },
    );
    expect(sponsorView.status).toBe(200);
    expect(cardText(sponsorView.card)).toContain(translate('fr', 'compass.card.respondents', { n: 0 }));
    expect(cardText(sponsorView.card)).not.toContain(translate('fr', 'compass.card.notAnswered'));
    expect(await responseRows(id, 1)).toHaveLength(0);
  });

  it('the timer opens one run six months on, even with two overlapping runs, posts its card once, and the next six months after', async () => {
    const { id, conversationId } = await community(1);
    const at = sixMonthsOn();
    const before = connector.sent.length;
    expect(await overlappingRuns(new Date().toISOString(), id)).toEqual({ opened: [], posted: [] });
    expect(await overlappingRuns(at, id)).toEqual({ opened: [`${id} 1`], posted: [`${id} 1`] });
    expect(await overlappingRuns(at, id)).toEqual({ opened: [], posted: [] });
    await connector.waitFor(before + 1);
    const posts = compassPosts(conversationId, before);
    expect(posts).toHaveLength(1);
    expect(cardProblems(posts[0])).toEqual([]);
    expect(cardText(posts[0])).toContain(translate('fr', 'compass.card.title', { n: 1 }));
    const runs = (await app.call('GET', `/api/communities/${id}/compass`, { token: facilitator() })).body.runs;
    expect(runs).toEqual([expect.objectContaining({ number: 1, openedAt: at })]);
    // The claim is on the run's number: a claim already taken opens nothing.
    expect(await app.deps.stores.meetings.claimStep(tenant, id, compassClaimKey(1), 'compassRun')).toBe(false);

    // The digest now speaks of the run below five answers, not of a run due.
    const facts = await loadDigestFacts(app.deps.stores, tenant, id, new Date(at));
    expect(digestContent(facts!, new Date(at))).toMatchObject({
      compassDue: null,
      compassBelowThreshold: { run: 1, respondents: 0, min: 5 },
    });

    const later = new Date(Date.parse(at) + 184 * 86_400_000).toISOString();
    expect(await overlappingRuns(later, id)).toEqual({ opened: [`${id} 2`], posted: [`${id} 2`] });
  });

  it('follows workshop 6: its months, or no automatic run when the facilitators open runs by hand', async () => {
    const { id } = await community(1);
    const saveW6 = async (body: unknown) => {
      const current = await app.call('GET', `/api/communities/${id}/workshops/6`, { token: facilitator() });
      const saved = await app.call('PUT', `/api/communities/${id}/workshops/6`, {
        token: facilitator(),
        body,
        headers: { 'if-match': current.body.etag },
      });
      expect(saved.status).toBe(200);
    };
    await saveW6({ compassSchedule: { everyMonths: 6, openedByHand: true } });
    expect(await overlappingRuns(sixMonthsOn(), id)).toEqual({ opened: [], posted: [] });
    await saveW6({ compassSchedule: { everyMonths: 3 } });
    const fourMonths = new Date(Date.now() + 122 * 86_400_000).toISOString();
    expect(await overlappingRuns(fourMonths, id)).toEqual({ opened: [`${id} 1`], posted: [`${id} 1`] });
  });

  it('starts the clock at the kick-off when workshop 3 plans one', async () => {
    const { id } = await community(1);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    const kickOff = inDays(60).toISOString().slice(0, 10);
    const current = await app.call('GET', `/api/communities/${id}/workshops/3`, { token: facilitator() });
    const saved = await app.call('PUT', `/api/communities/${id}/workshops/3`, {
      token: facilitator(),
      body: { firstMeeting: { date: kickOff, time: '12:00', timeZone: 'America/Toronto' } },
      headers: { 'if-match': current.body.etag },
    });
    expect(saved.status).toBe(200);
    // Six months after the creation, four after the kick-off: not yet.
    expect(await overlappingRuns(sixMonthsOn(), id)).toEqual({ opened: [], posted: [] });
    const due = new Date(`${kickOff}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + 6);
    expect(await overlappingRuns(new Date(due.getTime() + 3_600_000).toISOString(), id)).toEqual({
      opened: [`${id} 1`],
      posted: [`${id} 1`],
    });
  });

  it('opens nothing in a closing or archived community', async () => {
    const closing = await community(1);
    const archived = await community(1);
    const stage = (communityId: string, s: string) =>
      app.call('PUT', `/api/communities/${communityId}/lifecycle`, { token: facilitator(), body: { stage: s } });
    expect((await stage(closing.id, 'closing')).status).toBe(200);
    expect((await stage(archived.id, 'closing')).status).toBe(200);
    expect((await stage(archived.id, 'archived')).status).toBe(200);
    const before = connector.sent.length;
    const at = sixMonthsOn();
    expect(await overlappingRuns(at, closing.id)).toEqual({ opened: [], posted: [] });
    expect(await overlappingRuns(at, archived.id)).toEqual({ opened: [], posted: [] });
    expect(compassPosts(closing.conversationId, before).concat(compassPosts(archived.conversationId, before))).toEqual([]);
    expect((await app.call('GET', `/api/communities/${archived.id}/compass`, { token: facilitator() })).body.runs).toEqual([]);
  });
});

describe('the newcomers’ pulse results (integration, Azurite)', () => {
  it('gives facilitators counts only from the threshold, and members and sponsors nothing', async () => {
    const { id } = await community(6);
    const read = (token: string) => app.call('GET', `/api/communities/${id}/newcomer-pulse`, { token });
    expect((await read(facilitator())).body).toEqual({ respondents: 0, threshold: 5, counts: null });
    const answers = ['yes', 'yes', 'partly', 'notYet'] as const;
    for (const [i, answer] of answers.entries()) await app.deps.stores.welcomes.answerPulse(tenant, id, `m-${i}`, answer);
    expect((await read(facilitator())).body).toEqual({ respondents: 4, threshold: 5, counts: null });
    await app.deps.stores.welcomes.answerPulse(tenant, id, 'm-4', 'yes');
    expect((await read(facilitator())).body).toEqual({ respondents: 5, threshold: 5, counts: { yes: 3, partly: 1, notYet: 1 } });
    expect((await read(app.token({ userId: 'm-0' }))).status).toBe(403);
  });
});
