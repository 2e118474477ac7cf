import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { useSurveyChannel } from '../testing/surveyChannel';
import { sentCard, tabLinksOf, withoutTabLinks } from '../testing/tabDeepLinks';

const { app, connector, facilitator, answersLink, member, community, openSurvey, dialogInvoke, answerRows } = useSurveyChannel();

describe('surveys answered in the channel (integration, Azurite)', () => {
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
    const shown = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
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

    await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/close`, { token: facilitator() });
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
});
