import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { buildSurvey } from './buildSurvey';
import { createSurveyInput, defaultSurveyDays } from './survey';
import { answersFromCard, surveyAnswersInput } from './surveyAnswers';
import { surveyCard } from './surveyCard';
import { answersInDialog, surveyQuestions } from './surveyQuestions';
import { answersNeeded, type SurveyResponse, surveyResults } from './surveyResults';

const feedback = buildSurvey('feedback', { meetingDate: '2026-12-03' });

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

describe('the facilitation feedback survey', () => {
  it('is about one meeting: its date is required, and still refused on kinds not about a meeting', () => {
    expect(createSurveyInput.safeParse({ kind: 'feedback', meetingDate: '2026-12-03' }).success).toBe(true);
    const missing = createSurveyInput.safeParse({ kind: 'feedback' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues).toEqual([expect.objectContaining({ path: ['meetingDate'], params: { key: 'validation.required' } })]);
    expect(createSurveyInput.safeParse({ kind: 'feedback', meetingDate: '3 December' }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'feedback', meetingDate: '2026-12-03', items: ['P1'] }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'pulse', meetingDate: '2026-12-03' }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'checkout', meetingDate: '2026-12-03' }).success).toBe(true);
    expect(defaultSurveyDays.feedback).toBe(3);
  });

  it('asks three required statements and an optional open text, all worded in both catalogs, on the card', () => {
    const questions = surveyQuestions(feedback);
    expect(questions.map((q) => [q.id, q.type, q.required ?? false])).toEqual([
      ['speak', 'likert', true],
      ['organised', 'likert', true],
      ['useful', 'likert', true],
      ['improve', 'text', false],
    ]);
    expect(translate('en', questions[0]!.key)).toBe('I could speak as much as I wished.');
    expect(translate('fr', questions[1]!.key)).toBe('La rencontre était bien organisée et a respecté l’horaire.');
    expect(answersInDialog(feedback)).toBe(false);
    const built = surveyCard({ survey: feedback, respondents: 0, needed: 5, results: null, locale: 'en' });
    expect(cardProblems(built)).toEqual([]);
    const card = JSON.stringify(built);
    expect(card).toContain(translate('en', 'survey.intro.feedback', { date: '{{DATE(2026-12-03T12:00:00Z, LONG)}}' }));
    for (const q of questions) expect(card).toContain(`"id":"q.${q.id}"`);
  });

  it('accepts the three ratings with or without a text and refuses a missing rating or one out of range', () => {
    const schema = surveyAnswersInput(surveyQuestions(feedback));
    expect(schema.safeParse({ answers: { speak: 5, organised: 4, useful: 3 } }).success).toBe(true);
    expect(schema.safeParse({ answers: { speak: 5, organised: 4, useful: 3, improve: 'Shorter round' } }).success).toBe(true);
    expect(schema.safeParse({ answers: { speak: 5, organised: 4 } }).success).toBe(false);
    expect(schema.safeParse({ answers: { speak: 6, organised: 4, useful: 3 } }).success).toBe(false);
    expect(schema.safeParse({ answers: { improve: 'Only a text' } }).success).toBe(false);
    expect(answersFromCard(surveyQuestions(feedback), { 'q.speak': '2', 'q.organised': '5', 'q.useful': '4', 'q.improve': ' ' })).toEqual({
      answers: { speak: 2, organised: 5, useful: 4 },
    });
  });

  it('shows means only from the anonymity threshold', () => {
    const responses = (n: number): SurveyResponse[] =>
      Array.from({ length: n }, (_, i) => ({ answers: { speak: (i % 5) + 1, organised: 4, useful: 5 } }));
    expect(surveyResults(feedback, responses(4), 'facilitator')).toBeNull();
    expect(answersNeeded(feedback, 4)).toBe(1);
    const shown = surveyResults(feedback, responses(5), 'member')!;
    expect(shown.questions.map((q) => (q.type === 'likert' ? q.mean : null))).toEqual([3, 4, 5, null]);
  });
});
