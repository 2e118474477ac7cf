import * as AC from 'adaptivecards';
import { compassDimensions } from '../../compass/compass';
import { translate } from '../../i18n/translate';
import { fieldIssues } from '../../validation/issueMessages';
import { buildSurvey } from '../buildSurvey';
import { createSurveyInput } from '../survey';
import { surveyAnswersInput } from '../surveyAnswers';
import { surveyCard } from '../surveyCard';
import { surveyQuestions } from '../surveyQuestions';
import type { SurveyResponse } from '../surveyResults';
import { satisfactionStatements } from './satisfactionInput';
import { defaultSatisfactionItems, dimensionOfItem, satisfactionDimension, satisfactionItems } from './satisfactionItems';
import { satisfactionScores } from './satisfactionScores';

/** The problems Microsoft's `adaptivecards` library (schema 1.5, as Teams renders) reports for a card. */
function cardProblems(json: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json as never, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

const issuesOf = (input: unknown) => {
  const parsed = createSurveyInput.safeParse(input);
  return parsed.success ? [] : fieldIssues(parsed.error.issues, 'en').map((i) => [i.path, i.message]);
};

describe('the satisfaction item bank', () => {
  it('has 12 Likert items and one open item, each Likert item feeding a compass dimension, every dimension fed', () => {
    expect(satisfactionItems).toHaveLength(13);
    expect(dimensionOfItem('S13')).toBeNull();
    const fed = new Set(Object.values(satisfactionDimension));
    expect([...fed].sort()).toEqual([...compassDimensions].sort());
    for (const item of satisfactionItems) {
      expect(translate('fr', `satisfaction.item.${item}`)).not.toBe(`satisfaction.item.${item}`);
      expect(translate('en', `satisfaction.item.${item}`)).not.toBe(translate('fr', `satisfaction.item.${item}`));
    }
    // The default selection covers every dimension and ends with the open question.
    expect(new Set(defaultSatisfactionItems.map(dimensionOfItem).filter(Boolean)).size).toBe(compassDimensions.length);
    expect(defaultSatisfactionItems.at(-1)).toBe('S13');
  });
});

describe('satisfaction survey input', () => {
  const edited = {
    kind: 'satisfaction',
    statements: [
      { item: 'S4', text: 'Our facilitator gives everyone room' },
      { item: 'S13' },
      { text: 'The snacks are good', dimension: 'trust' },
    ],
    invitation: 'Dear all, tell us what you think.',
  };

  it('accepts bank items (reworded or not), own statements and an invitation; stores own ones numbered', () => {
    const parsed = createSurveyInput.parse(edited);
    expect(satisfactionStatements(parsed.statements!)).toEqual([
      { id: 'S4', text: 'Our facilitator gives everyone room', dimension: 'facilitation' },
      { id: 'S13', text: null, dimension: null },
      { id: 'own1', text: 'The snacks are good', dimension: 'trust' },
    ]);
    expect(createSurveyInput.safeParse({ kind: 'satisfaction' }).success).toBe(true);
  });

  it('refuses what would corrupt the survey, with a catalog message on the field', () => {
    const own = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `Own statement ${i}` }));
    expect(issuesOf({ kind: 'satisfaction', statements: [] })).toEqual([['statements', 'At least 1 item.']]);
    expect(issuesOf({ kind: 'satisfaction', statements: [{ item: 'S1' }, { item: 'S1' }] })).toEqual([
      ['statements.1.item', translate('en', 'satisfaction.error.duplicate')],
    ]);
    expect(issuesOf({ kind: 'satisfaction', statements: own(4) })).toEqual([
      ['statements', translate('en', 'satisfaction.error.tooManyOwn', { max: 3 })],
    ]);
    expect(issuesOf({ kind: 'satisfaction', statements: [{}] })).toEqual([
      ['statements.0.text', translate('en', 'satisfaction.error.ownText')],
    ]);
    expect(issuesOf({ kind: 'satisfaction', statements: [{ item: 'S1', dimension: 'trust' }] })).toEqual([
      ['statements.0.dimension', translate('en', 'satisfaction.error.bankDimension')],
    ]);
    expect(issuesOf({ kind: 'satisfaction', statements: [{ item: 'S1', text: 'x'.repeat(201) }] })).toEqual([
      ['statements.0.text', '200 characters at most.'],
    ]);
    expect(issuesOf({ kind: 'satisfaction', statements: [{ text: 'Hi', dimension: 'mood' }] })).toHaveLength(2);
    expect(issuesOf({ kind: 'satisfaction', invitation: '   ' })).toHaveLength(1);
    expect(issuesOf({ kind: 'satisfaction', invitation: 'x'.repeat(1501) })).toEqual([['invitation', '1500 characters at most.']]);
    expect(issuesOf({ kind: 'pulse', invitation: 'Hello', statements: [{ item: 'S1' }] })).toEqual([
      ['statements', translate('en', 'satisfaction.error.onlySatisfaction')],
      ['invitation', translate('en', 'satisfaction.error.onlySatisfaction')],
    ]);
  });
});

describe('satisfaction questions and card', () => {
  const survey = buildSurvey('satisfaction', {
    statements: [
      { id: 'S4', text: 'Our **facilitator** [gives](http://x) room ${a}', dimension: 'facilitation' },
      { id: 'S1', text: null, dimension: 'purpose' },
      { id: 'own1', text: 'Snacks {{DATE(2026-01-01T00:00:00Z)}}', dimension: null },
      { id: 'S13', text: null, dimension: null },
    ],
    invitation: 'Dear *all*,\n# answer by Friday',
  });

  it('asks the statements in order, the facilitator’s wording instead of the catalog’s, the open item as text', () => {
    expect(surveyQuestions(survey).map((q) => [q.id, q.type, q.text ?? null])).toEqual([
      ['S4', 'likert', 'Our **facilitator** [gives](http://x) room ${a}'],
      ['S1', 'likert', null],
      ['own1', 'likert', 'Snacks {{DATE(2026-01-01T00:00:00Z)}}'],
      ['S13', 'text', null],
    ]);
    const schema = surveyAnswersInput(surveyQuestions(survey));
    expect(schema.safeParse({ answers: { S4: 2, own1: 5, S13: 'More cases' } }).success).toBe(true);
    expect(schema.safeParse({ answers: { S2: 2 } }).success).toBe(false);
  });

  it('shows the invitation at the top and the custom wording as typed, never as Markdown or templates', () => {
    const card = surveyCard({ survey, respondents: 0, needed: 5, results: null, locale: 'fr' });
    expect(cardProblems(card)).toEqual([]);
    const body = card.body as { type: string; text?: string }[];
    expect(body[0]!.text).toBe(translate('fr', 'survey.title.satisfaction'));
    expect(body[1]!.text).toBe('Dear \\*all\\*,\n\\# answer by Friday');
    const json = JSON.stringify(card);
    expect(json).not.toContain(JSON.stringify(translate('fr', 'survey.intro.satisfaction')));
    expect(json).toContain(JSON.stringify('Our **facilitator** [gives](http://x) room $\u2060{a}'));
    expect(json).toContain(JSON.stringify('Snacks {\u2060{DATE(2026-01-01T00:00:00Z)}}'));
    expect(json).toContain(JSON.stringify(translate('fr', 'satisfaction.item.S1')));
    const plain = surveyCard({ survey: { ...survey, invitation: null }, respondents: 0, needed: 5, results: null, locale: 'en' });
    expect(JSON.stringify(plain)).toContain(JSON.stringify(translate('en', 'survey.intro.satisfaction')));
  });
});

describe('satisfaction scores per compass dimension', () => {
  const survey = buildSurvey('satisfaction', {
    threshold: 5,
    statements: [
      { id: 'S7', text: null, dimension: 'knowledge' },
      { id: 'S8', text: null, dimension: 'knowledge' },
      { id: 'S4', text: 'Reworded', dimension: 'facilitation' },
      { id: 'own1', text: 'Own', dimension: 'trust' },
      { id: 'own2', text: 'Own, no dimension', dimension: null },
      { id: 'S13', text: null, dimension: null },
    ],
  });
  const answers: SurveyResponse[] = [
    { answers: { S7: 1, S8: 2, S4: 5, own1: 3, own2: 1, S13: 'x' } },
    { answers: { S7: 2, S8: 2, S4: 4 } },
    { answers: { S7: 3, S8: 4, own1: 5 } },
    { answers: { S7: 5, S8: 5, S4: 1 } },
    { answers: { S13: 'only text' } },
  ];

  it('is the median of each respondent’s mean over the statements feeding the dimension, from the threshold only', () => {
    expect(satisfactionScores(survey, answers.slice(0, 4))).toBeNull();
    const scores = satisfactionScores(survey, answers)!;
    // Knowledge: means 1.5, 2, 3.5, 5 → median 2.75; facilitation: 5, 4, 1 → 4; trust: 3, 5 → 4.
    expect(scores.knowledge).toBe(2.75);
    expect(scores.facilitation).toBe(4);
    expect(scores.trust).toBe(4);
    expect(scores.purpose).toBeNull();
    expect(Object.keys(scores)).toEqual([...compassDimensions]);
  });
});
