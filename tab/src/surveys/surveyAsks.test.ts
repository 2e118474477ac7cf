import { fr } from '@elan/core/i18n/fr';
import { translate } from '@elan/core/i18n/translate';
import { surveyQuestions } from '@elan/core/surveys/surveyQuestions';
import { surveyResults } from '@elan/core/surveys/surveyResults';
import { impactDraft } from '@elan/core/workshops/impact';
import type { T } from '../i18n/types';
import { answerRows, answerText } from './myAnswers';
import { clampInt, surveyKindsOf, surveyProposals } from './surveyAsks';
import { optionLabel, questionText, shownResults, standingOf, surveysToShow } from './surveyStatus';

const t: T = (key, params) => translate('fr', key, params);

describe('survey proposals per workshop', () => {
  it('asks the needs survey in W2 and the snowball in W5, keeping the id where the workshop has a field for it', () => {
    expect(surveyProposals(2, {})).toEqual([{ kind: 'needs', threshold: 5, durationDays: 14, storeIdAt: 'needsSurveyPollId' }]);
    expect(surveyProposals(5, {})).toEqual([{ kind: 'snowball', threshold: 5, durationDays: 14, storeIdAt: 'nominationsPollId' }]);
    for (const n of [1, 3, 4] as const) {
      expect(surveyProposals(n, {})).toEqual([]);
      expect(surveyKindsOf[n]).toBeUndefined();
    }
  });

  it('takes the pulse items and threshold from W6, within what the API accepts', () => {
    const draft = impactDraft.parse({ pulse: { itemIds: ['P1', 'P6', 'P6', 'own', 'P15', 'P16'], minRespondents: 80 } });
    const [pulse, story] = surveyProposals(6, draft);
    expect(pulse).toEqual({ kind: 'pulse', items: ['P1', 'P6', 'P15'], threshold: 50, durationDays: 14 });
    expect(story).toMatchObject({ kind: 'story', threshold: 5 });
    expect(surveyProposals(6, { pulse: { minRespondents: 7 } })[0]).toMatchObject({ threshold: 7, items: [], blocked: 'needsItems' });
  });

  it('clamps typed numbers and falls back on anything else', () => {
    const range = { min: 3, max: 50 };
    expect(clampInt('2', range, 5)).toBe(3);
    expect(clampInt('51', range, 5)).toBe(50);
    expect(clampInt('7.6', range, 5)).toBe(8);
    expect(clampInt('', range, 5)).toBe(5);
    expect(clampInt('abc', range, 5)).toBe(5);
    expect(clampInt(undefined, range, 9)).toBe(9);
  });
});

describe('survey status', () => {
  it('hides aggregates below the threshold and says how many answers are missing; stories show from the first', () => {
    expect(standingOf({ kind: 'needs', respondents: 2, threshold: 5 })).toEqual({ shown: false, needed: 3 });
    expect(standingOf({ kind: 'pulse', respondents: 5, threshold: 5 })).toEqual({ shown: true });
    expect(standingOf({ kind: 'snowball', respondents: 9, threshold: 5 })).toEqual({ shown: true });
    expect(standingOf({ kind: 'story', respondents: 1, threshold: 5 })).toEqual({ shown: true });
  });

  it('lists open surveys first, newest first, filtered by kind', () => {
    const all = [
      { id: 'a', kind: 'needs', status: 'closed', createdAt: '2026-03-01T00:00:00Z' },
      { id: 'b', kind: 'needs', status: 'open', createdAt: '2026-01-01T00:00:00Z' },
      { id: 'c', kind: 'pulse', status: 'open', createdAt: '2026-02-01T00:00:00Z' },
      { id: 'd', kind: 'needs', status: 'open', createdAt: '2026-02-15T00:00:00Z' },
    ] as const;
    expect(surveysToShow(all).map((s) => s.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(surveysToShow(all, ['needs']).map((s) => s.id)).toEqual(['d', 'b', 'a']);
  });

  it('shows the API aggregates with wording and option labels from the catalogs, in question order', () => {
    const survey = { kind: 'needs' as const, items: [] };
    const questions = surveyQuestions(survey).map((q) => ({ ...q, options: q.options ?? null, required: q.required ?? false }));
    const results = surveyResults(
      { ...survey, threshold: 3 } as never,
      [
        { answers: { situation: 'Accueil', limits: ['time'] } },
        { answers: { situation: 'Frais', limits: ['time', 'tech'] } },
        { answers: { bring: 'Des modèles' } },
      ],
      'facilitator',
    )!;
    const shown = shownResults(questions, results.questions, t);
    expect(shown.map((q) => q.text)).toEqual([fr['survey.needs.situation'], fr['survey.needs.bring'], fr['survey.needs.limits']]);
    expect(shown[0]).toMatchObject({ answered: 2, lines: [{ label: 'Accueil' }, { label: 'Frais' }] });
    expect(shown[2]!.lines).toEqual([
      { label: fr['survey.needs.limits.time'], count: 2 },
      { label: fr['survey.needs.limits.schedule'], count: 0 },
      { label: fr['survey.needs.limits.tech'], count: 1 },
      { label: fr['survey.needs.limits.manager'], count: 0 },
      { label: fr['survey.needs.limits.other'], count: 0 },
    ]);
    const pulse = shownResults(
      [{ id: 'P1', type: 'likert', key: 'survey.pulse.P1', options: null, required: false }],
      [{ id: 'P1', type: 'likert', answered: 2, counts: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 }, mean: 4.5 }],
      t,
    );
    expect(pulse[0]).toMatchObject({ text: fr['survey.pulse.P1'], mean: 4.5, lines: expect.arrayContaining([{ label: '5', count: 1 }]) });
    const nominees = shownResults(
      [{ id: 'nominees', type: 'nominations', key: 'survey.snowball.prompt', options: null, required: true }],
      [{ id: 'nominees', type: 'nominations', answered: 3, nominees: [{ name: 'CIUSSS', kind: 'organisation', count: 3, reasons: [] }] }],
      t,
    );
    expect(nominees[0]!.lines).toEqual([{ label: 'CIUSSS', count: 3 }]);
    expect(questionText({ id: 'q9', key: 'not.a.key' }, t)).toBe('q9');
    expect(optionLabel({ key: 'survey.story.consent' }, 'reportNamed', t)).toBe(fr['survey.story.consent.reportNamed']);
  });
});

describe('my answers', () => {
  it('puts my answers in question order, labels choices and nominees, and keeps answers to unknown questions', () => {
    const questions = surveyQuestions({ kind: 'story', items: [] }).map((q) => ({
      ...q,
      options: q.options ?? null,
      required: !!q.required,
    }));
    const rows = answerRows(questions, { consent: 'reportAnonymised', s2: 'Un contact', old: 'x' }, t);
    expect(rows).toEqual([
      { id: 's2', question: fr['survey.story.s2'], answer: 'Un contact' },
      { id: 'consent', question: fr['survey.story.consent'], answer: fr['survey.story.consent.reportAnonymised'] },
      { id: 'old', question: 'old', answer: 'x' },
    ]);
    const snowball = [{ id: 'nominees', type: 'nominations' as const, key: 'survey.snowball.prompt', options: null, required: true }];
    expect(
      answerRows(
        snowball,
        {
          nominees: [
            { name: 'Ana', kind: 'person', why: 'Experte' },
            { name: 'CIUSSS', kind: 'organisation' },
          ],
        },
        t,
      )[0]!.answer,
    ).toBe(`Ana (${fr['survey.snowball.kind.person']}) — Experte\nCIUSSS (${fr['survey.snowball.kind.organisation']})`);
    const needs = [{ id: 'limits', type: 'multi' as const, key: 'survey.needs.limits', options: ['time', 'tech'], required: false }];
    expect(answerRows(needs, { limits: ['time', 'tech'] }, t)[0]!.answer).toBe(
      `${fr['survey.needs.limits.time']}, ${fr['survey.needs.limits.tech']}`,
    );
  });

  it('writes plain answers as text', () => {
    expect(answerText(undefined, 3, t)).toBe('3');
    expect(answerText(undefined, '', t)).toBe('—');
    expect(answerText(undefined, undefined, t)).toBe('—');
    expect(answerText(undefined, [], t)).toBe('—');
  });
});
