import { quorumMet, tallyPoll } from './pollTally';
import { consent, decide, dots, multiple, pollOf, score, single } from './testing/ballots';

describe('quorumMet', () => {
  it('is met exactly at the threshold, not one voter below', () => {
    expect(quorumMet({ quorumPct: 50, eligible: 10 }, 5)).toBe(true);
    expect(quorumMet({ quorumPct: 50, eligible: 10 }, 4)).toBe(false);
    // 3 of 5 is exactly 60 %.
    expect(quorumMet({ quorumPct: 60, eligible: 5 }, 3)).toBe(true);
    expect(quorumMet({ quorumPct: 60, eligible: 5 }, 2)).toBe(false);
    // 1 of 3 is 33.3 %: above 33 %, below 34 %.
    expect(quorumMet({ quorumPct: 33, eligible: 3 }, 1)).toBe(true);
    expect(quorumMet({ quorumPct: 34, eligible: 3 }, 1)).toBe(false);
    // 2 of 3 is 66.7 %: enough for the consensus preset (66 %), not for 67 %.
    expect(quorumMet({ quorumPct: 66, eligible: 3 }, 2)).toBe(true);
    expect(quorumMet({ quorumPct: 67, eligible: 3 }, 2)).toBe(false);
  });

  it('at 100 % needs every eligible member', () => {
    const unanimity = { quorumPct: 100, eligible: 4 };
    expect(quorumMet(unanimity, 4)).toBe(true);
    expect(quorumMet(unanimity, 3)).toBe(false);
  });

  it('at 0 % is always met, even with nobody eligible or voting', () => {
    expect(quorumMet({ quorumPct: 0, eligible: 10 }, 0)).toBe(true);
    expect(quorumMet({ quorumPct: 0, eligible: 0 }, 0)).toBe(true);
  });

  it('with nobody eligible (and a quorum above 0) is never met, even when someone who joined later voted', () => {
    const nobody = (quorumPct: number) => ({ quorumPct, eligible: 0 });
    expect(quorumMet(nobody(50), 0)).toBe(false);
    expect(quorumMet(nobody(1), 1)).toBe(false);
  });

  it('counts every voter given, so voters who joined later can carry it past 100 %', () => {
    expect(quorumMet({ quorumPct: 100, eligible: 2 }, 3)).toBe(true);
  });
});

describe('tallyPoll and pollOutcome: consent', () => {
  it('counts each answer, starting every answer at 0', () => {
    const { tally } = decide(pollOf('consent'), []);
    expect(tally).toEqual({
      voters: 0,
      counts: { agree: 0, concern: 0, object: 0, abstain: 0 },
      mean: null,
      rounds: null,
      advice: null,
      quorumMet: false,
    });
  });

  it('adopts when nobody objects, concerns included', () => {
    const { tally, outcome } = decide(pollOf('consent'), [...consent('agree', 3), ...consent('concern', 2)]);
    expect(tally).toEqual({
      voters: 5,
      counts: { agree: 3, concern: 2, object: 0, abstain: 0 },
      mean: null,
      rounds: null,
      advice: null,
      quorumMet: true,
    });
    expect(outcome).toEqual({ outcome: 'adopted', winners: [] });
    // Concerns alone are still consent.
    expect(decide(pollOf('consent'), consent('concern', 5)).outcome).toEqual({ outcome: 'adopted', winners: [] });
  });

  it('rejects on a single objection, however many agree', () => {
    const { tally, outcome } = decide(pollOf('consent'), [...consent('agree', 8), ...consent('concern'), ...consent('object')]);
    expect(tally.counts).toEqual({ agree: 8, concern: 1, object: 1, abstain: 0 });
    expect(tally.voters).toBe(10);
    expect(outcome).toEqual({ outcome: 'rejected', winners: [] });
  });

  it('says no quorum before anything else, even when all agree', () => {
    const { tally, outcome } = decide(pollOf('consent'), consent('agree', 4));
    expect(tally.quorumMet).toBe(false);
    expect(outcome).toEqual({ outcome: 'noQuorum', winners: [] });
  });

  it('decides nothing without a voter, even at a 0 % quorum', () => {
    const { tally, outcome } = decide(pollOf('consent', [], { quorumPct: 0 }), []);
    expect(tally.quorumMet).toBe(true);
    expect(outcome).toEqual({ outcome: 'noQuorum', winners: [] });
  });

  it('counts abstainers for the quorum by default (and in older polls), never in the result', () => {
    const ballots = [...consent('agree', 3), ...consent('abstain', 2)];
    for (const abstention of [undefined, 'countsForQuorumOnly'] as const) {
      const { tally, outcome } = decide(
        pollOf('consent', [], { eligible: 10, quorumPct: 50, ...(abstention ? { abstention } : {}) }),
        ballots,
      );
      expect({ abstention, voters: tally.voters, abstain: tally.counts['abstain'], quorumMet: tally.quorumMet }).toEqual({
        abstention,
        voters: 5,
        abstain: 2,
        quorumMet: true,
      });
      expect(outcome).toEqual({ outcome: 'adopted', winners: [] });
    }
  });

  it('leaves abstainers out of the quorum when workshop 4 says abstaining is not counted', () => {
    const poll = pollOf('consent', [], { eligible: 10, quorumPct: 50, abstention: 'notCounted' });
    const { tally, outcome } = decide(poll, [...consent('agree', 3), ...consent('abstain', 2)]);
    expect({ voters: tally.voters, quorumMet: tally.quorumMet }).toEqual({ voters: 5, quorumMet: false });
    expect(outcome).toEqual({ outcome: 'noQuorum', winners: [] });
    // One more consent reaches the 50 %: the abstainers still do not count.
    expect(decide(poll, [...consent('agree', 5), ...consent('abstain', 2)]).tally.quorumMet).toBe(true);
  });

  it('still rejects on an objection whatever the abstentions', () => {
    const { outcome } = decide(pollOf('consent', [], { eligible: 4, quorumPct: 50 }), [...consent('abstain', 3), ...consent('object')]);
    expect(outcome).toEqual({ outcome: 'rejected', winners: [] });
  });
});

describe('tallyPoll and pollOutcome: single choice', () => {
  const poll = pollOf('single', ['o1', 'o2', 'o3']);

  it('counts each option (unchosen ones at 0) and chooses the most voted', () => {
    const { tally, outcome } = decide(poll, [...single('o2', 3), ...single('o1', 2)]);
    expect(tally).toEqual({ voters: 5, counts: { o1: 2, o2: 3, o3: 0 }, mean: null, rounds: null, advice: null, quorumMet: true });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o2'] });
  });

  it('chooses every option tied at the top, in the poll’s order', () => {
    const { tally, outcome } = decide(poll, [...single('o3', 3), ...single('o1', 3)]);
    expect(tally.counts).toEqual({ o1: 3, o2: 0, o3: 3 });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o1', 'o3'] });
  });

  it('without quorum chooses nothing', () => {
    expect(decide(poll, single('o1', 4)).outcome).toEqual({ outcome: 'noQuorum', winners: [] });
  });
});

describe('tallyPoll and pollOutcome: multiple choice', () => {
  const poll = pollOf('multiple', ['o1', 'o2', 'o3']);

  it('counts every option on each ballot; voters are people, not choices', () => {
    const { tally, outcome } = decide(poll, [
      ...multiple(['o1', 'o2']),
      ...multiple(['o2', 'o3']),
      ...multiple(['o2']),
      ...multiple(['o1', 'o3']),
      ...multiple(['o1', 'o2', 'o3']),
    ]);
    // o1: 1+1+1 = 3; o2: 1+1+1+1 = 4; o3: 1+1+1 = 3.
    expect(tally).toEqual({ voters: 5, counts: { o1: 3, o2: 4, o3: 3 }, mean: null, rounds: null, advice: null, quorumMet: true });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o2'] });
  });

  it('chooses every option tied at the top', () => {
    const { tally, outcome } = decide(poll, [...multiple(['o1', 'o3'], 3), ...multiple(['o3', 'o1'], 2)]);
    expect(tally.counts).toEqual({ o1: 5, o2: 0, o3: 5 });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o1', 'o3'] });
  });
});

describe('tallyPoll and pollOutcome: score (fist-to-five)', () => {
  const poll = pollOf('score');

  it('counts each score from 0 to 5 and gives the mean', () => {
    const { tally } = decide(poll, [...score(5), ...score(4, 2), ...score(1), ...score(0)]);
    // (5 + 4 + 4 + 1 + 0) / 5 = 14 / 5 = 2.8
    expect(tally).toEqual({
      voters: 5,
      counts: { '0': 1, '1': 1, '2': 0, '3': 0, '4': 2, '5': 1 },
      mean: 2.8,
      rounds: null,
      advice: null,
      quorumMet: true,
    });
  });

  it('has no mean without a ballot', () => {
    expect(tallyPoll(poll, []).mean).toBeNull();
    expect(tallyPoll(poll, []).counts).toEqual({ '0': 0, '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });
  });

  it('adopts from a mean of exactly 3, rejects below', () => {
    // (5 + 4 + 3 + 3 + 0) / 5 = 3
    expect(decide(poll, [...score(5), ...score(4), ...score(3, 2), ...score(0)])).toMatchObject({
      tally: { mean: 3 },
      outcome: { outcome: 'adopted', winners: [] },
    });
    // (3 + 3 + 3 + 3 + 2) / 5 = 2.8
    expect(decide(poll, [...score(3, 4), ...score(2)])).toMatchObject({
      tally: { mean: 2.8 },
      outcome: { outcome: 'rejected', winners: [] },
    });
  });

  it('decides on the mean alone: a 0 (block) does not stop a mean of 3 or more', () => {
    // (5 + 5 + 5 + 5 + 0) / 5 = 4. WORKSHOPS.md's fist-to-five rule for one proposal asks for "no 0 and all ≥ 3";
    // the code decides on the mean (its comment says so). Kept as it is; see the issue.
    expect(decide(poll, [...score(5, 4), ...score(0)])).toMatchObject({ tally: { mean: 4 }, outcome: { outcome: 'adopted' } });
  });
});

describe('tallyPoll and pollOutcome: dots', () => {
  const poll = pollOf('dots', ['o1', 'o2', 'o3']);

  it('adds up the dots per option and chooses the most dotted', () => {
    const poll = pollOf('dots', ['o1', 'o2', 'o3'], { eligible: 8 });
    const { tally, outcome } = decide(poll, [...dots({ o1: 2, o2: 1 }), ...dots({ o1: 3 }), ...dots({ o2: 2, o3: 1 }), ...dots({ o3: 1 })]);
    // o1: 2 + 3 = 5; o2: 1 + 2 = 3; o3: 1 + 1 = 2. Four voters of 8: 50 %.
    expect(tally).toEqual({ voters: 4, counts: { o1: 5, o2: 3, o3: 2 }, mean: null, rounds: null, advice: null, quorumMet: true });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o1'] });
  });

  it('without quorum chooses nothing, whatever the dots', () => {
    expect(decide(poll, dots({ o1: 3 }, 4)).outcome).toEqual({ outcome: 'noQuorum', winners: [] });
  });

  it('chooses every option tied at the top, stacked dots counting as many', () => {
    const quorate = pollOf('dots', ['o1', 'o2', 'o3'], { eligible: 4 });
    const { tally, outcome } = decide(quorate, [...dots({ o2: 3 }), ...dots({ o3: 2, o1: 1 }), ...dots({ o3: 1 })]);
    // o1: 1; o2: 3; o3: 2 + 1 = 3.
    expect(tally.counts).toEqual({ o1: 1, o2: 3, o3: 3 });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o2', 'o3'] });
  });
});

describe('late ballots (voters who joined after the poll opened)', () => {
  it('count in the tally like any other, and as voters for the quorum', () => {
    const poll = pollOf('single', ['o1', 'o2'], { eligible: 4, quorumPct: 50 });
    const { tally, outcome } = decide(poll, [
      ...single('o1'),
      { method: 'single', optionId: 'o2', late: true },
      { method: 'single', optionId: 'o2', late: true },
    ]);
    // Three voters, two of them late: 3 of 4 eligible >= 50 %.
    expect(tally).toEqual({ voters: 3, counts: { o1: 1, o2: 2 }, mean: null, rounds: null, advice: null, quorumMet: true });
    expect(outcome).toEqual({ outcome: 'chosen', winners: ['o2'] });
  });
});

describe('tallyPoll and pollOutcome: advice process', () => {
  const by = (name: string) => ({ userId: name, name });
  const ballots = [
    { method: 'advice' as const, answer: 'given' as const, reason: 'Attendre juin.', by: by('Marc') },
    { method: 'advice' as const, answer: 'none' as const, by: by('Julie') },
    { method: 'advice' as const, answer: 'given' as const, reason: 'Oui, avec un bilan.', by: by('Awa') },
  ];

  it('counts advice given and none, and lists the advice by name', () => {
    const { tally } = decide(pollOf('advice', [], { quorumPct: 0 }), ballots);
    expect(tally.counts).toEqual({ given: 2, none: 1 });
    expect(tally.advice).toEqual([
      { name: 'Marc', text: 'Attendre juin.' },
      { name: 'Awa', text: 'Oui, avec un bilan.' },
    ]);
  });

  it('decides what the proposer recorded, whatever the advice', () => {
    const verdict = { outcome: 'rejected' as const, rationale: 'Trop tôt.', by: by('Nadia') };
    expect(decide(pollOf('advice', [], { verdict }), ballots).outcome).toEqual({ outcome: 'rejected', winners: [] });
    expect(decide(pollOf('advice', [], { verdict: { ...verdict, outcome: 'adopted' } }), []).outcome).toEqual({
      outcome: 'adopted',
      winners: [],
    });
  });
});
