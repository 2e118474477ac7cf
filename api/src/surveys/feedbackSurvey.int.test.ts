import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { useSurveyChannel } from '../testing/surveyChannel';
import { sentCard } from '../testing/tabDeepLinks';

const { app, connector, facilitator, member, community, openSurvey, answerRows } = useSurveyChannel();

const dayMs = 24 * 3600 * 1000;
const ratings = (speak: number, organised: number, useful: number) => ({
  'q.speak': String(speak),
  'q.organised': String(organised),
  'q.useful': String(useful),
});

describe('the members’ facilitation feedback (integration, Azurite)', () => {
  it('posts a three-statement card about one meeting, answered on the card; means only from the threshold', async () => {
    const { id, conversationId } = await community(6, 'en');
    const sentBefore = connector.sent.length;
    const { survey, card, posted } = await openSurvey(id, { kind: 'feedback', meetingDate: '2026-12-03' });
    expect(posted).toBe(1);
    expect(cardProblems(card)).toEqual([]);
    expect(survey).toMatchObject({ kind: 'feedback', meetingDate: '2026-12-03', status: 'open', threshold: 5, results: null });
    expect(Date.parse(survey.closesAt) - Date.parse(survey.createdAt)).toBe(3 * dayMs);
    expect(survey.questions.map((q: { id: string }) => q.id)).toEqual(['speak', 'organised', 'useful', 'improve']);
    const text = cardText(card);
    expect(text).toContain(translate('en', 'survey.title.feedback'));
    expect(text).toContain(translate('en', 'survey.intro.feedback', { date: '{{DATE(2026-12-03T12:00:00Z, LONG)}}' }));
    const post = connector.sent.slice(sentBefore).find((s) => s.path.startsWith(`/v3/conversations/${conversationId}/`));
    expect(cardProblems(sentCard(post!))).toEqual([]);

    const data = actionData(card, 'survey.answer');
    // A missing rating is refused with the reason and stores nothing.
    const partial = await invokeCardAction(app, connector.serviceUrl, member(0), { ...data, 'q.speak': '4' }, { locale: 'en-US' });
    expect(cardText(partial.card)).toContain(translate('en', 'survey.error.invalid'));
    expect(await answerRows(id, survey.id)).toHaveLength(0);

    for (let i = 0; i < 4; i++) {
      const res = await invokeCardAction(app, connector.serviceUrl, member(i), {
        ...data,
        ...ratings(i + 1, 4, 5),
        'q.improve': `Idea ${i}`,
      });
      expect(cardProblems(res.card)).toEqual([]);
      expect(cardText(res.card)).toContain(translate('fr', 'survey.recorded'));
    }
    const below = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
    expect(below).toMatchObject({ respondents: 4, needed: 1, results: null });

    const fifth = await invokeCardAction(app, connector.serviceUrl, member(4), { ...data, ...ratings(5, 2, 5) }, { locale: 'en-US' });
    expect(cardProblems(fifth.card)).toEqual([]);
    expect(cardText(fifth.card)).toContain(translate('en', 'survey.mean', { mean: 3.6 }));
    const shown = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
    expect(shown.results.questions.map((q: { mean?: number | null }) => q.mean ?? null)).toEqual([3, 3.6, 5, null]);
    expect(shown.results.questions[3].texts).toEqual(['Idea 0', 'Idea 1', 'Idea 2', 'Idea 3']);

    // The list says which meeting it is about; "my answers" finds the member's own.
    const m0 = app.token({ userId: 'm-0' });
    const list = (await app.call('GET', `/api/communities/${id}/surveys`, { token: m0 })).body.surveys;
    expect(list).toEqual([expect.objectContaining({ id: survey.id, kind: 'feedback', meetingDate: '2026-12-03', answeredByMe: true })]);
    const mine = await app.call('GET', `/api/communities/${id}/surveys/${survey.id}/responses/mine`, { token: m0 });
    expect(mine.body.answers).toEqual({ speak: 1, organised: 4, useful: 5, improve: 'Idea 0' });
  });

  it('refuses a feedback survey without its meeting date, naming the field', async () => {
    const { id } = await community(1);
    const res = await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator(), body: { kind: 'feedback' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'meetingDate' })]);
    expect((await app.call('GET', `/api/communities/${id}/surveys`, { token: facilitator() })).body.surveys).toEqual([]);
  });
});
