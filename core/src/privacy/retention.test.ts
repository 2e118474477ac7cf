import { erasureDueAt, monthsBefore } from './retention';

describe('retention dates', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', 24, '2028-01-15T10:00:00.000Z'],
    ['2026-08-31T00:00:00.000Z', 6, '2027-02-28T00:00:00.000Z'],
    ['2027-08-31T00:00:00.000Z', 6, '2028-02-29T00:00:00.000Z'],
    ['2026-12-01T00:00:00.000Z', 120, '2036-12-01T00:00:00.000Z'],
  ])('%s + %i months is %s', (lastActivityAt, retentionMonths, due) => {
    expect(erasureDueAt({ lastActivityAt, retentionMonths })).toBe(due);
  });

  it('counts back whole months for the candidate cut-off', () => {
    expect(monthsBefore('2026-11-23T18:00:00.000Z', 6)).toBe('2026-05-23T18:00:00.000Z');
    expect(monthsBefore('2026-03-31T00:00:00.000Z', 1)).toBe('2026-02-28T00:00:00.000Z');
  });
});
