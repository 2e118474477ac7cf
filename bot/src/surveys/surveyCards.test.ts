import { surveyCard, surveyFormCard } from '@elan/core/surveys/surveyCard';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { buildSurvey } from '@elan/core/surveys/buildSurvey';
import { type Survey, surveyKinds } from '@elan/core/surveys/survey';
import { surveyQuestions } from '@elan/core/surveys/surveyQuestions';
import { surveyResults } from '@elan/core/surveys/surveyResults';
import { cardProblems } from '../testing/cardProblems';

const base = (kind: Survey['kind']): Survey =>
  buildSurvey(kind, { communityId: 'c', items: kind === 'pulse' ? ['P1', 'P2', 'P4', 'P5', 'P6', 'P7', 'P10', 'P14', 'P15'] : [] });
const locales: Locale[] = ['fr', 'en'];
const texts = (node: unknown): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([k, v]) => ((k === 'text' || k === 'label' || k === 'title') && typeof v === 'string' ? [v] : texts(v)))
    : [];

describe('survey cards', () => {
  for (const kind of surveyKinds)
    for (const locale of locales) {
      it(`${kind} (${locale}): valid 1.5 cards under 28 KB, open and closed, in the card and the dialog`, () => {
        const survey = base(kind);
        const closed = { ...survey, status: 'closed' as const, closedAt: '2026-11-10T00:00:00.000Z' };
        const answers = Array.from({ length: 6 }, () => ({
          answers: {
            P1: 4,
            useful: 5,
            speak: 4,
            organised: 3,
            limits: ['time'],
            nominees: [{ name: 'X', kind: 'person' }],
            s1: 'story',
            consent: 'internal',
          },
        }));
        const cards = [
          surveyCard({ survey, respondents: 0, needed: 5, results: null, locale }),
          surveyCard({ survey, respondents: 1, needed: 4, results: null, locale, mine: null, canClose: true }),
          surveyCard({ survey: closed, respondents: 6, needed: 0, results: surveyResults(closed, answers as never, 'member'), locale }),
          surveyFormCard(survey, locale, null),
        ];
        for (const card of cards) {
          expect(cardProblems(card)).toEqual([]);
          expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
        }
        const all = texts(cards[0]).concat(texts(cards[3])).join('\n');
        expect(all).toContain(translate(locale, `survey.title.${kind}`));
        expect(all).not.toMatch(/undefined|\[object Object\]|survey\.\w+\.\w+/);
      });
    }

  it('puts short surveys on the card and long ones in a dialog opened with task/fetch', () => {
    const pulse = surveyCard({ survey: base('pulse'), respondents: 0, needed: 5, results: null, locale: 'fr' });
    expect(JSON.stringify(pulse)).toContain('"id":"q.P1"');
    expect(pulse.actions![0]).toMatchObject({ type: 'Action.Execute', verb: 'survey.answer', data: { communityId: 'c', surveyId: 's1' } });
    const story = surveyCard({ survey: base('story'), respondents: 0, needed: 0, results: null, locale: 'fr' });
    expect(JSON.stringify(story)).not.toContain('"id":"q.s1"');
    expect(story.actions![0]).toMatchObject({ type: 'Action.Submit', data: { msteams: { type: 'task/fetch' }, verb: 'survey.open' } });
    const form = JSON.stringify(surveyFormCard(base('story'), 'fr', null));
    for (const q of surveyQuestions(base('story'))) expect(form).toContain(`"id":"q.${q.id}"`);
  });

  it('prefills the form with the person’s earlier answers', () => {
    const form = surveyFormCard(base('snowball'), 'en', { nominees: [{ name: 'Users’ committee', kind: 'organisation', why: 'Voice' }] });
    const json = JSON.stringify(form);
    expect(json).toContain('"id":"q.nominees.1.name","label":"Person or organisation 1","maxLength":100,"value":"Users’ committee"');
    expect(json).toContain('"value":"organisation"');
  });

  it('says how many more answers are needed below the threshold and shows means once there', () => {
    const survey = base('checkout');
    const below = JSON.stringify(surveyCard({ survey, respondents: 2, needed: 3, results: null, locale: 'en' }));
    expect(below).toContain(translate('en', 'survey.needed', { threshold: 5, n: 3 }));
    const results = surveyResults(
      survey,
      Array.from({ length: 5 }, (_, i) => ({ answers: { useful: i + 1 } })),
      'member',
    );
    const shown = JSON.stringify(surveyCard({ survey, respondents: 5, needed: 0, results, locale: 'en' }));
    expect(shown).toContain(translate('en', 'survey.mean', { mean: 3 }));
  });
});
