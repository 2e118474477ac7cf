import { translate } from '@elan/core/i18n/translate';
import { cardText } from '../testing/pollActivities';
import { useSurveyChannel } from '../testing/surveyChannel';
import { sentCard, tabLinksOf } from '../testing/tabDeepLinks';

const { app, connector, facilitator, answersLink, member, community, openSurvey, dialogInvoke, answerRows } = useSurveyChannel();

describe('surveys: own answers, results and closing (integration, Azurite)', () => {
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
    expect((await app.call('GET', path, { token: facilitator() })).body.respondents).toBe(1);
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
    const closed = (await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator() })).body;
    expect(closed).toMatchObject({ status: 'closed', respondents: 3, proposedStakeholders: 3 });
    const w5 = (await app.call('GET', `/api/communities/${id}/workshops/5`, { token: facilitator() })).body;
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
    expect((await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator() })).status).toBe(200);
    const again = (await app.call('GET', `/api/communities/${id}/workshops/5`, { token: facilitator() })).body;
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
    const read = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
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
    const bad = await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator(), body: { kind: 'pulse', threshold: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'threshold' })]);
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator(), body: { kind: 'vote' } })).status).toBe(400);
    const m0 = app.token({ userId: 'm-0' });
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: m0, body: { kind: 'needs' } })).status).toBe(403);
    const { survey } = await openSurvey(id, { kind: 'needs' });
    expect((await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: m0 })).status).toBe(403);
    expect((await app.call('GET', `/api/communities/${id}/surveys/nope`, { token: m0 })).status).toBe(404);
  });
});
