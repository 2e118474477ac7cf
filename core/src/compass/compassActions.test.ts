import type { DimensionScore } from './compass';
import { compassDimensions } from './compass';
import type { ScoredRunInput } from './compassActions';
import { compassActionKeys, compassImprovements, compassWorkshop } from './compassActions';
import { compassEn } from './messages.en';
import { compassFr } from './messages.fr';

const score = (median: number): DimensionScore => ({ median, min: Math.max(1, median - 1), max: Math.min(5, median + 1) });

/** A run where every dimension has median 4 but those given. */
function run(number: number, medians: Partial<Record<string, number | null>> = {}, respondents = 5): ScoredRunInput {
  const scores: Record<string, DimensionScore | null> = {};
  for (const d of compassDimensions) {
    const m = d in medians ? medians[d] : 4;
    scores[d] = m === null || m === undefined ? null : score(m);
  }
  return { number, respondents, scores: respondents >= 5 ? scores : null };
}

const flagged = (runs: ScoredRunInput[]) =>
  compassImprovements(runs)!.improvements.map((i) => [i.dimension, i.reasons.join('+'), i.median, i.previousMedian]);

describe('compass → improvement actions', () => {
  it('flags a dimension whose median is 2.5 or less, 2.5 included', () => {
    expect(flagged([run(1, { purpose: 2.5, trust: 1, rituals: 2.6 })])).toEqual([
      ['purpose', 'low', 2.5, null],
      ['trust', 'low', 1, null],
    ]);
  });

  it('flags a drop of at least 0.5 since the previous scored run, exactly 0.5 included', () => {
    // 3.3333… → 2.8333… is a drop of exactly half a point in floating point
    const result = compassImprovements([
      run(1, { value: 10 / 3, decisions: 4, sponsor: 4 }),
      run(2, { value: 17 / 6, decisions: 3.6, sponsor: 3.5 }),
    ])!;
    expect(result.run).toBe(2);
    expect(result.previousRun).toBe(1);
    expect(result.improvements.map((i) => [i.dimension, i.reasons])).toEqual([
      ['value', ['dropped']],
      ['sponsor', ['dropped']],
    ]);
    expect(result.improvements[0]).toMatchObject({ median: 17 / 6, previousMedian: 10 / 3 });
  });

  it('gives both reasons when a low dimension also dropped', () => {
    expect(flagged([run(1, { membership: 3.5 }), run(2, { membership: 2 })])).toEqual([['membership', 'low+dropped', 2, 3.5]]);
  });

  it('proposes nothing when every dimension is fine and steady (or rising)', () => {
    expect(compassImprovements([run(1, { purpose: 3 }), run(2, { purpose: 4.5 })])).toEqual({ run: 2, previousRun: 1, improvements: [] });
  });

  it('proposes nothing below the anonymity threshold', () => {
    expect(compassImprovements([])).toBeNull();
    expect(compassImprovements([run(1, { purpose: 1 }, 4)])).toBeNull();
    // a run with scores but too few respondents is ignored all the same
    expect(compassImprovements([{ number: 1, respondents: 4, scores: run(1, { purpose: 1 }).scores }])).toBeNull();
  });

  it('reads the latest scored run and compares with the scored run before it, skipping runs with too few answers', () => {
    const result = compassImprovements([run(3, { purpose: 1 }, 2), run(1, { trust: 4.5 }), run(2, { trust: 3.5 })])!;
    expect(result).toMatchObject({ run: 2, previousRun: 1 });
    expect(result.improvements.map((i) => i.dimension)).toEqual(['trust']);
  });

  it('skips a dimension nobody answered, and has no drop without a previous score', () => {
    expect(flagged([run(1, { purpose: null, knowledge: 4 }), run(2, { purpose: 1, knowledge: null })])).toEqual([
      ['purpose', 'low', 1, null],
    ]);
  });

  it('proposes the workshop to revisit and the dimension’s actions', () => {
    const [trust] = compassImprovements([run(1, { trust: 2 })])!.improvements;
    expect(trust).toMatchObject({ workshop: 3, actions: compassActionKeys('trust') });
  });

  it('maps each dimension to a workshop and two or three actions with French and English texts', () => {
    expect(compassWorkshop).toEqual({
      purpose: 1,
      membership: 1,
      trust: 3,
      facilitation: 3,
      rituals: 3,
      decisions: 4,
      knowledge: 6,
      ecosystem: 5,
      value: 6,
      sponsor: 5,
    });
    for (const d of compassDimensions) {
      const keys = compassActionKeys(d);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.length).toBeLessThanOrEqual(3);
      for (const key of keys) {
        expect((compassFr as Record<string, string>)[key]).toEqual(expect.stringMatching(/\S/));
        expect((compassEn as Record<string, string>)[key]).toEqual(expect.stringMatching(/\S/));
      }
    }
  });
});
