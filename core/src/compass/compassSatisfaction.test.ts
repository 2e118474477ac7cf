import type { Stores } from '../stores';
import { buildSurvey } from '../surveys/buildSurvey';
import type { Survey } from '../surveys/survey';
import type { SurveyResponse } from '../surveys/surveyResults';
import { compassDimensions, type DimensionScore } from './compass';
import { compassActionKeys, compassImprovements, compassWorkshop, type ScoredRunInput } from './compassActions';
import { latestSatisfaction } from './compassSatisfaction';

const score = (median: number): DimensionScore => ({ median, min: median, max: median });
const run = (number: number, medians: Partial<Record<string, number | null>>, respondents = 5): ScoredRunInput => ({
  number,
  respondents,
  scores: Object.fromEntries(compassDimensions.map((d) => [d, d in medians ? (medians[d] == null ? null : score(medians[d]!)) : score(4)])),
});

describe('compass → actions with the satisfaction survey', () => {
  it('flags a low satisfaction score (2.5 included) only where the compass has no score', () => {
    const ideas = compassImprovements([run(1, { trust: null, value: null, sponsor: 2 })], 5, {
      trust: 2.5,
      value: 2.6,
      sponsor: 1,
      purpose: 1.5,
    })!;
    // Sponsor and purpose have a compass score: the compass rules decide them (sponsor low, purpose 4 fine).
    expect(ideas.improvements.map((i) => [i.dimension, i.reasons, i.median])).toEqual([
      ['trust', ['lowSatisfaction'], 2.5],
      ['sponsor', ['low'], 2],
    ]);
    expect(ideas.improvements[0]).toMatchObject({
      workshop: compassWorkshop.trust,
      actions: compassActionKeys('trust'),
      previousMedian: null,
    });
    expect(ideas.run).toBe(1);
  });

  it('proposes from satisfaction alone when no compass run has enough answers, and nothing without a low score', () => {
    const below = [run(1, { purpose: 1 }, 4)];
    expect(compassImprovements(below, 5, { rituals: 2, purpose: 3 })).toEqual({
      run: null,
      previousRun: null,
      improvements: [expect.objectContaining({ dimension: 'rituals', reasons: ['lowSatisfaction'], median: 2 })],
    });
    expect(compassImprovements(below, 5, { rituals: 3, purpose: null })).toBeNull();
    expect(compassImprovements([], 5)).toBeNull();
  });
});

describe('latestSatisfaction', () => {
  const rated = (n: number, rating: number): SurveyResponse[] => Array.from({ length: n }, () => ({ answers: { S5: rating } }));
  function storesWith(surveys: [Survey, SurveyResponse[]][]): Stores {
    return {
      surveys: {
        list: async () => surveys.map(([s]) => s),
        listResponses: async (survey: Survey) => surveys.find(([s]) => s.id === survey.id)![1],
      },
    } as unknown as Stores;
  }
  const satisfaction = (id: string, createdAt: string, over: Partial<Survey> = {}) =>
    buildSurvey('satisfaction', { id, createdAt, statements: [{ id: 'S5', text: null, dimension: 'rituals' }], ...over });

  it('reads the newest satisfaction survey that reached its threshold, never one below it or another kind', async () => {
    const stores = storesWith([
      [satisfaction('old', '2026-01-01T00:00:00.000Z'), rated(5, 2)],
      [satisfaction('mid', '2026-03-01T00:00:00.000Z', { status: 'closed' }), rated(6, 4)],
      [satisfaction('new', '2026-06-01T00:00:00.000Z'), rated(4, 1)],
      [buildSurvey('pulse', { id: 'pulse', createdAt: '2026-07-01T00:00:00.000Z' }), rated(9, 1)],
    ]);
    const found = (await latestSatisfaction(stores, 't', 'c1'))!;
    expect(found.survey.id).toBe('mid');
    expect(found.respondents).toBe(6);
    expect(found.scores.rituals).toBe(4);
    expect(found.scores.trust).toBeNull();
    expect(await latestSatisfaction(storesWith([[satisfaction('new', '2026-06-01T00:00:00.000Z'), rated(4, 1)]]), 't', 'c1')).toBeNull();
  });
});
