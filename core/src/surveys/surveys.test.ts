import { parseInput } from '../validation/parseInput';
import { ecosystemDraft } from '../workshops/ecosystem';
import { proposeStakeholders } from './proposeStakeholders';
import { createSurveyInput, type Survey } from './survey';
import { answersFromCard, surveyAnswersInput } from './surveyAnswers';
import { surveyQuestions } from './surveyQuestions';
import { answersNeeded, nomineeKey, type SurveyResponse, surveyResults } from './surveyResults';

const survey = (over: Partial<Survey> = {}): Survey => ({
  id: 's1',
  tenantId: 't',
  communityId: 'c',
  kind: 'pulse',
  items: ['P1', 'P4', 'P15'],
  threshold: 5,
  meetingDate: null,
  status: 'open',
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: { userId: 'f', name: 'F' },
  closesAt: '2026-11-10T00:00:00.000Z',
  closedAt: null,
  ...over,
});

describe('createSurveyInput', () => {
  it('accepts each kind and refuses items outside pulses, thresholds below 3 and unknown fields', () => {
    for (const kind of ['needs', 'snowball', 'pulse', 'story', 'checkout'])
      expect(createSurveyInput.safeParse({ kind }).success).toBe(true);
    expect(createSurveyInput.safeParse({ kind: 'needs', items: ['P1'] }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'pulse', items: ['P1', 'P1'] }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'pulse', items: ['P99'] }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'pulse', threshold: 2 }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'pulse', extra: 1 }).success).toBe(false);
    expect(createSurveyInput.safeParse({ kind: 'needs', meetingDate: '2026-11-01' }).success).toBe(false);
  });
});

describe('survey answers', () => {
  const pulse = surveyQuestions(survey());
  const schema = surveyAnswersInput(pulse);

  it('accepts Likert 1–5 and open text, and refuses out-of-range, unknown questions and empty forms', () => {
    expect(schema.safeParse({ answers: { P1: 5, P4: 1, P15: 'More cases' } }).success).toBe(true);
    expect(schema.safeParse({ answers: { P1: 6 } }).success).toBe(false);
    expect(schema.safeParse({ answers: { P1: 2.5 } }).success).toBe(false);
    expect(schema.safeParse({ answers: { P2: 3 } }).success).toBe(false);
    expect(schema.safeParse({ answers: {} }).success).toBe(false);
    expect(schema.safeParse({ answers: { P15: 'x'.repeat(1001) } }).success).toBe(false);
  });

  it('requires the story consent and the snowball nominees, at most five', () => {
    const story = surveyAnswersInput(surveyQuestions(survey({ kind: 'story', items: [] })));
    expect(story.safeParse({ answers: { s1: 'A meeting' } }).success).toBe(false);
    expect(story.safeParse({ answers: { s1: 'A meeting', consent: 'reportNamed' } }).success).toBe(true);
    const snowball = surveyAnswersInput(surveyQuestions(survey({ kind: 'snowball', items: [] })));
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `N${i}`, kind: 'person' }));
    expect(snowball.safeParse({ answers: { nominees: six } }).success).toBe(false);
    expect(snowball.safeParse({ answers: { nominees: six.slice(0, 5) } }).success).toBe(true);
    expect(snowball.safeParse({ answers: { nominees: [{ name: 'X', kind: 'robot' }] } }).success).toBe(false);
  });

  it('reads the flat inputs of a card: numbers, multi-select lists and nominee rows', () => {
    const needs = surveyQuestions(survey({ kind: 'needs', items: [] }));
    expect(answersFromCard(needs, { 'q.situation': ' Crises ', 'q.limits': 'time,manager', 'q.bring': '' })).toEqual({
      answers: { situation: 'Crises', limits: ['time', 'manager'] },
    });
    expect(answersFromCard(pulse, { 'q.P1': '4', 'q.P4': 'abc' })).toEqual({ answers: { P1: 4, P4: 'abc' } });
    const snowball = surveyQuestions(survey({ kind: 'snowball', items: [] }));
    expect(
      answersFromCard(snowball, {
        'q.nominees.1.name': 'CIUSSS',
        'q.nominees.1.kind': 'organisation',
        'q.nominees.3.name': 'Léa',
        'q.nominees.3.why': 'Expert',
      }),
    ).toEqual({
      answers: {
        nominees: [
          { name: 'CIUSSS', kind: 'organisation' },
          { name: 'Léa', kind: 'person', why: 'Expert' },
        ],
      },
    });
    // Malformed card data reaches the schema, which refuses it.
    expect(surveyAnswersInput(pulse).safeParse(answersFromCard(pulse, { 'q.P4': 'abc' })).success).toBe(false);
  });
});

describe('survey results', () => {
  const responses = (n: number): SurveyResponse[] =>
    Array.from({ length: n }, (_, i) => ({ answers: { P1: (i % 5) + 1, P15: `idea ${String.fromCharCode(101 - i)}` } }));

  it('are hidden below the threshold and say how many answers are missing', () => {
    expect(surveyResults(survey(), responses(4), 'facilitator')).toBeNull();
    expect(answersNeeded(survey(), 4)).toBe(1);
    expect(answersNeeded(survey(), 9)).toBe(0);
  });

  it('count Likert answers with a mean, and list texts sorted (not in answer order)', () => {
    const results = surveyResults(survey(), responses(5), 'member')!;
    expect(results.questions[0]).toEqual({ id: 'P1', type: 'likert', answered: 5, counts: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 }, mean: 3 });
    expect(results.questions[1]).toMatchObject({ id: 'P4', answered: 0, mean: null });
    expect(results.questions[2]).toEqual({
      id: 'P15',
      type: 'text',
      answered: 5,
      texts: ['idea a', 'idea b', 'idea c', 'idea d', 'idea e'],
    });
  });

  it('merge nominees that differ only by case, accents or spaces', () => {
    expect(nomineeKey('  Comité des USAGERS ')).toBe(nomineeKey('comite des usagers'));
    const snowball = survey({ kind: 'snowball', items: [], threshold: 3 });
    const answers: SurveyResponse[] = [
      { answers: { nominees: [{ name: 'Comité des usagers', kind: 'organisation', why: 'Voice of users' }] } },
      {
        answers: {
          nominees: [
            { name: 'comite des usagers', kind: 'organisation' },
            { name: 'Léa', kind: 'person' },
          ],
        },
      },
      { answers: { nominees: [{ name: 'COMITÉ DES USAGERS', kind: 'organisation' }] } },
    ];
    const r = surveyResults(snowball, answers, 'facilitator')!;
    // The careful spelling wins whatever the answer order.
    const reversed = surveyResults(snowball, [...answers].reverse(), 'facilitator')!;
    expect(reversed.questions[0]).toEqual(r.questions[0]);
    expect(r.questions[0]).toMatchObject({
      type: 'nominations',
      nominees: [
        { name: 'Comité des usagers', count: 3, reasons: ['Voice of users'] },
        { name: 'Léa', count: 1 },
      ],
    });
  });

  it('show stories at the consent level their authors picked, with a name only when they chose it', () => {
    const story = survey({ kind: 'story', items: [] });
    const stories: SurveyResponse[] = [
      { answers: { s1: 'internal one', consent: 'internal' } },
      { answers: { s1: 'anonymised one', consent: 'reportAnonymised' } },
      { answers: { s1: 'named one', consent: 'reportNamed' }, authorName: 'Léa' },
    ];
    expect(surveyResults(story, stories, 'member')!.stories).toHaveLength(3);
    const forReport = surveyResults(story, stories, 'report')!.stories!;
    expect(forReport.map((s) => s.answers.s1)).toEqual(['anonymised one', 'named one']);
    expect(forReport.find((s) => s.answers.s1 === 'anonymised one')!.author).toBeUndefined();
    expect(forReport.find((s) => s.answers.s1 === 'named one')!.author).toBe('Léa');
    expect(surveyResults(story, stories, 'sponsor')!.stories).toHaveLength(2);
  });
});

describe('proposeStakeholders', () => {
  let n = 0;
  const newId = () => `id${++n}`;
  const nominees = [
    { name: 'Comité des usagers', kind: 'organisation' as const, count: 3, reasons: ['users'] },
    { name: 'DQEPE', kind: 'organisation' as const, count: 2, reasons: [] },
    { name: 'Léa', kind: 'person' as const, count: 1, reasons: [] },
  ];

  it('adds new actors, skips those already on the map, and adds up repeated proposals', () => {
    const data = {
      stakeholders: [{ id: 'a', name: 'dqepe' }],
      proposedStakeholders: [{ id: 'p', name: 'Léa', kind: 'person' as const, nominations: 2, reasons: [] }],
    };
    const { data: next, added } = proposeStakeholders(data as never, nominees, newId);
    expect(added).toBe(1);
    expect(next.proposedStakeholders).toEqual([
      { id: expect.any(String), name: 'Comité des usagers', kind: 'organisation', nominations: 3, reasons: ['users'] },
      { id: 'p', name: 'Léa', kind: 'person', nominations: 3, reasons: [] },
    ]);
    expect(next.stakeholders).toEqual(data.stakeholders);
  });

  it('produces data the workshop 5 draft schema accepts', () => {
    const { data } = proposeStakeholders({}, nominees, newId);
    expect(() => parseInput(ecosystemDraft, data)).not.toThrow();
  });
});
