import { decisionsDueForReview, outcomeStatementInput } from './outcomeStatement';

const by = { userId: 'n', name: 'Nadia' };
const decision = (number: number, reviewOn: string | null | undefined) => ({
  number,
  ...(reviewOn === undefined ? {} : { statement: { text: 'T', reviewOn, by, at: '2026-01-01T00:00:00Z' } }),
});

describe('decisionsDueForReview', () => {
  it('lists the decisions whose review day has come, today included, earliest first', () => {
    const log = [
      decision(1, '2026-12-03'),
      decision(2, null),
      decision(3, '2026-11-15'),
      decision(4, '2026-12-04'),
      decision(5, undefined),
    ];
    expect(decisionsDueForReview(log, '2026-12-03').map((d) => d.number)).toEqual([3, 1]);
    expect(decisionsDueForReview(log, '2026-11-14')).toEqual([]);
  });
});

describe('outcomeStatementInput', () => {
  it('takes a trimmed text and an optional review day, and refuses the rest', () => {
    expect(outcomeStatementInput.parse({ text: '  Adopté. ' })).toEqual({ text: 'Adopté.' });
    expect(outcomeStatementInput.parse({ text: 'A', reviewOn: null })).toEqual({ text: 'A', reviewOn: null });
    for (const bad of [{ text: ' ' }, { text: 'A', reviewOn: '03/12/2026' }, { text: 'A', by: 'x' }, {}])
      expect({ bad, ok: outcomeStatementInput.safeParse(bad).success }).toEqual({ bad, ok: false });
  });
});
