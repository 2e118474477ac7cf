import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { useSurveyChannel } from '../testing/surveyChannel';
import { sentCard, withoutTabLinks } from '../testing/tabDeepLinks';

const { app, connector, facilitator, member, community, openSurvey, answerRows } = useSurveyChannel();

const reworded = 'L’animation laisse de la place à chacun·e, même aux plus discrets';
const own = 'Les pauses café sont assez longues pour échanger';
const invitation = 'Bonjour à toutes et à tous, votre avis compte : répondez avant la fin du mois. Merci!';
const edited = {
  kind: 'satisfaction',
  statements: [{ item: 'S4', text: reworded }, { item: 'S5' }, { text: own, dimension: 'rituals' }, { item: 'S13' }],
  invitation,
};

async function compassOf(communityId: string) {
  const res = await app.call('GET', `/api/communities/${communityId}/compass`, { token: facilitator() });
  expect(res.status).toBe(200);
  const byId = Object.fromEntries(res.body.dimensions.map((d: { id: string; satisfaction: number | null }) => [d.id, d.satisfaction]));
  return { survey: res.body.satisfactionSurvey, scores: byId as Record<string, number | null> };
}

describe('the satisfaction survey (integration, Azurite)', () => {
  it('posts the edited statements and the invitation on the card; results and compass scores only from the threshold', async () => {
    const { id, conversationId } = await community(6);
    const sentBefore = connector.sent.length;
    const { survey, card, posted } = await openSurvey(id, edited);
    expect(posted).toBe(1);
    expect(cardProblems(card)).toEqual([]);
    const post = connector.sent.slice(sentBefore).find((s) => s.path.startsWith(`/v3/conversations/${conversationId}/`));
    expect(withoutTabLinks(sentCard(post!))).toEqual(withoutTabLinks(card));

    // The invitation opens the card, under the title; the reworded and own statements replace the catalog's wording.
    expect(card.body[0].text).toBe(translate('fr', 'survey.title.satisfaction'));
    expect(card.body[1].text).toBe(invitation);
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify(reworded));
    expect(json).toContain(JSON.stringify(own));
    expect(json).toContain(JSON.stringify(translate('fr', 'satisfaction.item.S5')));
    expect(json).not.toContain(JSON.stringify(translate('fr', 'satisfaction.item.S4')));
    expect(json).not.toContain(JSON.stringify(translate('fr', 'survey.intro.satisfaction')));
    expect(survey).toMatchObject({ kind: 'satisfaction', invitation, threshold: 5, results: null });
    expect(survey.questions.map((q: { id: string; type: string; text: string | null }) => [q.id, q.type, q.text])).toEqual([
      ['S4', 'likert', reworded],
      ['S5', 'likert', null],
      ['own1', 'likert', own],
      ['S13', 'text', null],
    ]);

    const data = actionData(card, 'survey.answer');
    const ratings: [number, number, number][] = [
      [1, 2, 2],
      [2, 3, 1],
      [2, 1, 1],
      [4, 5, 5],
      [3, 2, 4],
    ];
    for (const [i, [s4, s5, own1]] of ratings.slice(0, 4).entries()) {
      const res = await invokeCardAction(app, connector.serviceUrl, member(i), {
        ...data,
        'q.S4': String(s4),
        'q.S5': String(s5),
        'q.own1': String(own1),
      });
      expect(cardProblems(res.card)).toEqual([]);
      expect(cardText(res.card)).toContain(translate('fr', 'survey.recorded'));
    }
    const below = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
    expect(below).toMatchObject({ respondents: 4, needed: 1, results: null });
    // Below the threshold the compass says nothing of it.
    expect(await compassOf(id)).toEqual({ survey: null, scores: expect.objectContaining({ facilitation: null, rituals: null }) });

    const [s4, s5, own1] = ratings[4]!;
    const fifth = await invokeCardAction(app, connector.serviceUrl, member(4), {
      ...data,
      'q.S4': String(s4),
      'q.S5': String(s5),
      'q.own1': String(own1),
      'q.S13': 'Plus de cas concrets',
    });
    expect(cardProblems(fifth.card)).toEqual([]);
    // The result lines name the statements as the facilitator wrote them.
    expect(JSON.stringify(fifth.card)).toContain(JSON.stringify(reworded));
    const shown = (await app.call('GET', `/api/communities/${id}/surveys/${survey.id}`, { token: facilitator() })).body;
    expect(shown.results.questions.map((q: { mean?: number | null }) => q.mean ?? null)).toEqual([2.4, 2.6, 2.6, null]);

    // Facilitation: S4 ratings 1 2 2 4 3 → median 2; rituals: means of S5 and own1 (2, 2, 1, 5, 3) → median 2.
    const compass = await compassOf(id);
    expect(compass.survey).toEqual({ id: survey.id, createdAt: survey.createdAt, respondents: 5 });
    expect(compass.scores).toMatchObject({ facilitation: 2, rituals: 2, purpose: null, knowledge: null });

    // A newer satisfaction survey below its threshold does not replace the one that reached it.
    const { card: second } = await openSurvey(id, { kind: 'satisfaction' });
    await invokeCardAction(app, connector.serviceUrl, member(0), { ...actionData(second, 'survey.answer'), 'q.S4': '5' });
    expect((await compassOf(id)).survey.id).toBe(survey.id);
    expect(await answerRows(id, survey.id)).toHaveLength(5);
  });

  it('refuses bad statements or invitations with the field and a catalog message, and stores nothing', async () => {
    const { id } = await community(1, 'en');
    const bad = async (body: Record<string, unknown>) => {
      const res = await app.call('POST', `/api/communities/${id}/surveys`, { token: facilitator(), body });
      expect(res.status).toBe(400);
      return res.body.error.details.map((d: { path: string }) => d.path);
    };
    const res = await app.call('POST', `/api/communities/${id}/surveys`, {
      token: facilitator(),
      body: { kind: 'satisfaction', statements: [{ item: 'S4', dimension: 'trust' }] },
    });
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'statements.0.dimension', message: translate('en', 'satisfaction.error.bankDimension') }),
    ]);
    expect(await bad({ kind: 'satisfaction', statements: [{ item: 'S4', text: 'x'.repeat(201) }] })).toEqual(['statements.0.text']);
    expect(await bad({ kind: 'satisfaction', statements: [{ item: 'S4' }, { item: 'S4' }] })).toEqual(['statements.1.item']);
    expect(await bad({ kind: 'satisfaction', invitation: 'x'.repeat(1501) })).toEqual(['invitation']);
    expect(await bad({ kind: 'pulse', invitation: 'Hello' })).toEqual(['invitation']);
    const m0 = app.token({ userId: 'm-0' });
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: m0, body: edited })).status).toBe(403);
    expect((await app.call('GET', `/api/communities/${id}/surveys`, { token: facilitator() })).body.surveys).toEqual([]);
  });
});
