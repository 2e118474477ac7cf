import { decide, pollOf, ranked } from './testing/ballots';

describe('tallyPoll and pollOutcome: ranked (instant runoff)', () => {
  const abc = pollOf('ranked', ['A', 'B', 'C'], { eligible: 7 });
  const abcd = pollOf('ranked', ['A', 'B', 'C', 'D'], { eligible: 10 });

  it('stops at the first round when an option has a majority of first preferences', () => {
    const { tally, outcome } = decide(abc, [
      ...ranked(['A', 'B']),
      ...ranked(['A']),
      ...ranked(['A', 'C']),
      ...ranked(['A', 'B', 'C']),
      ...ranked(['B']),
      ...ranked(['C', 'B']),
    ]);
    // A: 4 of 6 first preferences, more than half.
    expect(tally.rounds).toEqual([{ A: 4, B: 1, C: 1 }]);
    expect(tally.counts).toEqual({ A: 4, B: 1, C: 1 });
    expect(tally.voters).toBe(6);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A'] });
  });

  it('drops the last option and moves its ballots to their next choice until one has a majority', () => {
    const { tally, outcome } = decide(abcd, [
      ...ranked(['A', 'B'], 4),
      ...ranked(['B', 'A'], 2),
      ...ranked(['C', 'B'], 3),
      ...ranked(['D', 'C', 'B']),
    ]);
    // Round 1: A 4, B 2, C 3, D 1 (of 10; 4 is no majority). D goes; its ballot moves to C.
    // Round 2: A 4, B 2, C 4 (of 10). B goes; its two ballots move to A.
    // Round 3: A 6, C 4: A has 6 of 10.
    expect(tally.rounds).toEqual([
      { A: 4, B: 2, C: 3, D: 1 },
      { A: 4, B: 2, C: 4 },
      { A: 6, C: 4 },
    ]);
    // The counts are the first preferences.
    expect(tally.counts).toEqual({ A: 4, B: 2, C: 3, D: 1 });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A'] });
  });

  it('drops an option nobody ranked first in the first round', () => {
    const { tally, outcome } = decide(abcd, [...ranked(['A'], 2), ...ranked(['B'], 2), ...ranked(['C', 'B'])]);
    // Round 1: A 2, B 2, C 1, D 0 (of 5). D goes (nobody's ballot moves).
    // Round 2: A 2, B 2, C 1. C goes; its ballot moves to B.
    // Round 3: A 2, B 3: B has 3 of 5.
    expect(tally.rounds).toEqual([
      { A: 2, B: 2, C: 1, D: 0 },
      { A: 2, B: 2, C: 1 },
      { A: 2, B: 3 },
    ]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['B'] });
  });

  it('with exhausted ballots, an option can win with a majority of the remaining ballots only', () => {
    const poll = pollOf('ranked', ['A', 'B', 'C'], { eligible: 10 });
    const { tally, outcome } = decide(poll, [...ranked(['A'], 4), ...ranked(['B', 'A'], 3), ...ranked(['C'], 2)]);
    // Round 1: A 4, B 3, C 2 (of 9). C goes; its two ballots rank nothing else: exhausted.
    // Round 2: A 4, B 3 (of 7 still counted): A has 4 of 7, a majority of those, not of the 9 voters.
    expect(tally.rounds).toEqual([
      { A: 4, B: 3, C: 2 },
      { A: 4, B: 3 },
    ]);
    expect(tally.voters).toBe(9);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A'] });
  });

  it('ends in a tie when the last two options have as many ballots each', () => {
    const { tally, outcome } = decide(abc, [...ranked(['A'], 3), ...ranked(['B'], 3), ...ranked(['C'])]);
    // Round 1: A 3, B 3, C 1 (of 7). C goes; its ballot is exhausted. Round 2: A 3, B 3 (of 6): no majority, two left.
    expect(tally.rounds).toEqual([
      { A: 3, B: 3, C: 1 },
      { A: 3, B: 3 },
    ]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A', 'B'] });
  });

  it('drops together options tied for last when together they still have fewer ballots than the next', () => {
    const { tally, outcome } = decide(abcd, [...ranked(['A'], 4), ...ranked(['B'], 3), ...ranked(['C', 'B']), ...ranked(['D', 'A'])]);
    // Round 1: A 4, B 3, C 1, D 1 (of 9). C and D tie for last with 1 + 1 = 2 < 3 (B): both go.
    // Round 2: A 5, B 4 (of 9): A has 5.
    expect(tally.rounds).toEqual([
      { A: 4, B: 3, C: 1, D: 1 },
      { A: 5, B: 4 },
    ]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A'] });
  });

  it('on a tie for last that could change the result, drops only the one with fewer ballots in an earlier round', () => {
    const { tally, outcome } = decide(abcd, [
      ...ranked(['A', 'B'], 4),
      ...ranked(['B', 'C'], 3),
      ...ranked(['C', 'B'], 2),
      ...ranked(['D', 'C']),
    ]);
    // Round 1: A 4, B 3, C 2, D 1 (of 10). D goes; its ballot moves to C.
    // Round 2: A 4, B 3, C 3 (of 10). B and C tie for last, and together (6) have more than A (4): dropping
    // both would hand A the win with 4 of 10 although 5 voters rank B above A. C had fewer in round 1 (2 < 3): C goes.
    // Round 3: A 4, B 3 + 2 = 5 (the D ballot ranks nothing left: exhausted), of 9: B has a majority.
    expect(tally.rounds).toEqual([
      { A: 4, B: 3, C: 2, D: 1 },
      { A: 4, B: 3, C: 3 },
      { A: 4, B: 5 },
    ]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['B'] });
  });

  it('on a tie for last that no earlier round separates, still drops the tied options together', () => {
    const { tally, outcome } = decide(abc, [...ranked(['A'], 3), ...ranked(['B', 'C'], 2), ...ranked(['C', 'B'], 2)]);
    // Round 1: A 3, B 2, C 2 (of 7); no earlier round to tell B from C, so both go (a known limit: a rule for
    // this case, by lot or consent between the tied, is for the product to choose). Round 2: A 3 (of 3).
    expect(tally.rounds).toEqual([{ A: 3, B: 2, C: 2 }, { A: 3 }]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A'] });
  });

  it('stops when every option left is tied, and chooses them all', () => {
    const { tally, outcome } = decide({ ...abc, eligible: 3 }, [...ranked(['A', 'B']), ...ranked(['B', 'C']), ...ranked(['C', 'A'])]);
    // Round 1: A 1, B 1, C 1 (of 3): no majority and nothing to drop but everything.
    expect(tally.rounds).toEqual([{ A: 1, B: 1, C: 1 }]);
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['A', 'B', 'C'] });
  });

  it('with no ballot has one empty round and no winner', () => {
    const poll = pollOf('ranked', ['A', 'B', 'C'], { quorumPct: 0 });
    const { tally, outcome } = decide(poll, []);
    expect(tally.rounds).toEqual([{ A: 0, B: 0, C: 0 }]);
    expect(tally.counts).toEqual({ A: 0, B: 0, C: 0 });
    expect(outcome).toEqual({ outcome: 'noQuorum', winners: [] });
  });
});
