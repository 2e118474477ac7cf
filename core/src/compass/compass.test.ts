import { compassDimensions, compassResponseInput, compassScores, compassStatements } from './compass';

describe('compass', () => {
  it('has ten dimensions of three statements', () => {
    expect(compassDimensions).toHaveLength(10);
    expect(compassStatements).toHaveLength(30);
  });

  it('accepts ratings 1–5 for known statements only', () => {
    expect(compassResponseInput.safeParse({ ratings: { 'purpose.a': 5, 'value.c': 1 } }).success).toBe(true);
    expect(compassResponseInput.safeParse({ ratings: { 'purpose.a': 6 } }).success).toBe(false);
    expect(compassResponseInput.safeParse({ ratings: { 'purpose.d': 3 } }).success).toBe(false);
    expect(compassResponseInput.safeParse({ ratings: {} }).success).toBe(false);
  });

  it('hides scores below five respondents', () => {
    expect(compassScores(Array.from({ length: 4 }, () => ({ 'purpose.a': 3 })))).toBeNull();
  });

  it('takes the per-respondent mean, then the median and spread across respondents', () => {
    const responses = [
      { 'purpose.a': 5, 'purpose.b': 3 }, // 4
      { 'purpose.a': 2 }, // 2
      { 'purpose.a': 1, 'purpose.b': 1, 'purpose.c': 4 }, // 2
      { 'purpose.c': 5 }, // 5
      { 'trust.a': 3 }, // no purpose answer
    ];
    const scores = compassScores(responses)!;
    expect(scores.purpose).toEqual({ median: 3, min: 2, max: 5 });
    expect(scores.trust).toEqual({ median: 3, min: 3, max: 3 });
    expect(scores.value).toBeNull();
  });
});
