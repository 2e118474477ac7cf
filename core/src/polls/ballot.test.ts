import { type Ballot, ballotFromCard, eligibleVoters, maxReasonLength } from './ballot';
import { buildPoll } from './buildPoll';
import type { Poll, PollMethod } from './poll';

const read = (method: PollMethod, data: Record<string, unknown>, overrides: Partial<Poll> = {}) =>
  ballotFromCard(buildPoll(method, overrides), data);

describe('ballotFromCard: reasons (every method)', () => {
  it('keeps a reason trimmed, and leaves the key out when there is none', () => {
    expect(read('single', { choice: 'o1', reason: '  parce que  ' })).toEqual({
      ballot: { method: 'single', optionId: 'o1', reason: 'parce que' },
    });
    expect(read('single', { choice: 'o1', reason: '   ' })).toEqual({ ballot: { method: 'single', optionId: 'o1' } });
    expect(read('single', { choice: 'o1' })).toEqual({ ballot: { method: 'single', optionId: 'o1' } });
    // A reason that is not text is no reason.
    expect(read('single', { choice: 'o1', reason: 42 })).toEqual({ ballot: { method: 'single', optionId: 'o1' } });
  });

  it('accepts 280 characters and refuses 281, counted after trimming', () => {
    expect(maxReasonLength).toBe(280);
    const exactly = 'x'.repeat(280);
    expect(read('consent', { answer: 'object', reason: exactly })).toEqual({
      ballot: { method: 'consent', answer: 'object', reason: exactly },
    });
    expect(read('consent', { answer: 'object', reason: `  ${exactly}  ` })).toEqual({
      ballot: { method: 'consent', answer: 'object', reason: exactly },
    });
    expect(read('consent', { answer: 'object', reason: 'x'.repeat(281) })).toEqual({ problem: 'poll.error.reasonTooLong' });
  });

  it('checks the reason length before the choice, for every method', () => {
    const long = 'y'.repeat(281);
    for (const method of ['consent', 'single', 'multiple', 'score', 'ranked', 'dots'] as const)
      expect({ method, result: read(method, { reason: long }) }).toEqual({ method, result: { problem: 'poll.error.reasonTooLong' } });
  });

  it('never takes `late` from the card: only the command marks a late voter', () => {
    const result = read('single', { choice: 'o2', late: true });
    expect(result).toEqual({ ballot: { method: 'single', optionId: 'o2' } });
    expect('ballot' in result && 'late' in result.ballot).toBe(false);
  });
});

describe('ballotFromCard: consent', () => {
  it('takes agree and concern with or without a reason', () => {
    expect(read('consent', { answer: 'agree' })).toEqual({ ballot: { method: 'consent', answer: 'agree' } });
    expect(read('consent', { answer: 'agree', reason: 'Bien.' })).toEqual({
      ballot: { method: 'consent', answer: 'agree', reason: 'Bien.' },
    });
    expect(read('consent', { answer: 'concern' })).toEqual({ ballot: { method: 'consent', answer: 'concern' } });
    expect(read('consent', { answer: ' concern ', reason: 'Le coût.' })).toEqual({
      ballot: { method: 'consent', answer: 'concern', reason: 'Le coût.' },
    });
  });

  it('needs a reason for an objection (blank is none)', () => {
    expect(read('consent', { answer: 'object' })).toEqual({ problem: 'poll.error.reasonRequired' });
    expect(read('consent', { answer: 'object', reason: ' \n\t ' })).toEqual({ problem: 'poll.error.reasonRequired' });
    expect(read('consent', { answer: 'object', reason: 'Nuit à la sécurité des patients.' })).toEqual({
      ballot: { method: 'consent', answer: 'object', reason: 'Nuit à la sécurité des patients.' },
    });
  });

  it('takes an abstention, which needs no reason', () => {
    expect(read('consent', { answer: 'abstain' })).toEqual({ ballot: { method: 'consent', answer: 'abstain' } });
  });

  it('refuses anything but the four answers as a missing choice', () => {
    for (const answer of [undefined, '', 'abstention', 'AGREE', 'o1', 1, true])
      expect({ answer, result: read('consent', { answer }) }).toEqual({ answer, result: { problem: 'poll.error.choiceMissing' } });
  });
});

describe('ballotFromCard: single choice', () => {
  it('takes one known option, trimmed', () => {
    expect(read('single', { choice: 'o3' })).toEqual({ ballot: { method: 'single', optionId: 'o3' } });
    expect(read('single', { choice: ' o2 ' })).toEqual({ ballot: { method: 'single', optionId: 'o2' } });
  });

  it('says a missing choice is missing and an unknown one invalid', () => {
    expect(read('single', {})).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('single', { choice: '' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('single', { choice: '  ' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('single', { choice: 'o4' })).toEqual({ problem: 'poll.error.invalidChoice' });
    expect(read('single', { choice: 'o1,o2' })).toEqual({ problem: 'poll.error.invalidChoice' });
  });
});

describe('ballotFromCard: multiple choice', () => {
  it('takes the comma-separated options, each once, in the order first given', () => {
    expect(read('multiple', { choice: 'o1,o3' })).toEqual({ ballot: { method: 'multiple', optionIds: ['o1', 'o3'] } });
    expect(read('multiple', { choice: 'o3, o1 ,o3,o1' })).toEqual({ ballot: { method: 'multiple', optionIds: ['o3', 'o1'] } });
    expect(read('multiple', { choice: 'o2' })).toEqual({ ballot: { method: 'multiple', optionIds: ['o2'] } });
    expect(read('multiple', { choice: ',o2,,' })).toEqual({ ballot: { method: 'multiple', optionIds: ['o2'] } });
  });

  it('says none chosen is missing, and refuses the whole ballot for one unknown option', () => {
    expect(read('multiple', {})).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('multiple', { choice: '' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('multiple', { choice: ' , ,' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('multiple', { choice: 'o1,o9' })).toEqual({ problem: 'poll.error.invalidChoice' });
  });
});

describe('ballotFromCard: score (0 to 5)', () => {
  it('takes every whole score from 0 to 5', () => {
    for (const [raw, score] of [
      ['0', 0],
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 4],
      ['5', 5],
      [' 4 ', 4],
    ] as const)
      expect(read('score', { score: raw })).toEqual({ ballot: { method: 'score', score } });
  });

  it('refuses scores out of bounds or not whole, and says an empty one is missing', () => {
    for (const score of ['-1', '6', '2.5', 'abc', '1e1'])
      expect({ score, result: read('score', { score }) }).toEqual({ score, result: { problem: 'poll.error.invalidChoice' } });
    expect(read('score', {})).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('score', { score: '' })).toEqual({ problem: 'poll.error.choiceMissing' });
    // Card inputs arrive as text; a bare number is not read as one.
    expect(read('score', { score: 3 })).toEqual({ problem: 'poll.error.choiceMissing' });
  });
});

describe('ballotFromCard: ranked', () => {
  it('reads rank1..rankN (N = number of options) into a ranking', () => {
    expect(read('ranked', { rank1: 'o2', rank2: 'o3', rank3: 'o1' })).toEqual({
      ballot: { method: 'ranked', ranking: ['o2', 'o3', 'o1'] },
    });
  });

  it('accepts a partial ranking, skipping empty ranks', () => {
    expect(read('ranked', { rank1: 'o3' })).toEqual({ ballot: { method: 'ranked', ranking: ['o3'] } });
    expect(read('ranked', { rank1: '', rank2: 'o1', rank3: 'o2' })).toEqual({ ballot: { method: 'ranked', ranking: ['o1', 'o2'] } });
    expect(read('ranked', { rank2: 'o1' })).toEqual({ ballot: { method: 'ranked', ranking: ['o1'] } });
  });

  it('keeps an option ranked twice at its best rank only', () => {
    expect(read('ranked', { rank1: 'o1', rank2: 'o1', rank3: 'o2' })).toEqual({ ballot: { method: 'ranked', ranking: ['o1', 'o2'] } });
    expect(read('ranked', { rank1: 'o2', rank2: 'o1', rank3: 'o2' })).toEqual({ ballot: { method: 'ranked', ranking: ['o2', 'o1'] } });
  });

  it('refuses an unknown option at any rank, and says an empty ranking is missing', () => {
    expect(read('ranked', { rank1: 'o1', rank2: 'o9' })).toEqual({ problem: 'poll.error.invalidChoice' });
    expect(read('ranked', {})).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('ranked', { rank1: ' ', rank2: '' })).toEqual({ problem: 'poll.error.choiceMissing' });
    // Only as many ranks as options are read: rank4 of a three-option poll is ignored.
    expect(read('ranked', { rank4: 'o1' })).toEqual({ problem: 'poll.error.choiceMissing' });
  });
});

describe('ballotFromCard: dots (budget 3)', () => {
  it('takes an allocation within the budget, leaving zeros out', () => {
    expect(read('dots', { dots_o1: '2', dots_o2: '1', dots_o3: '0' })).toEqual({
      ballot: { method: 'dots', allocation: { o1: 2, o2: 1 } },
    });
    expect(read('dots', { dots_o3: '3' })).toEqual({ ballot: { method: 'dots', allocation: { o3: 3 } } });
    expect(read('dots', { dots_o1: '1', dots_o2: '' })).toEqual({ ballot: { method: 'dots', allocation: { o1: 1 } } });
    // Fewer than the budget is fine.
    expect(read('dots', { dots_o2: '1' })).toEqual({ ballot: { method: 'dots', allocation: { o2: 1 } } });
  });

  it('refuses more dots than the budget', () => {
    expect(read('dots', { dots_o1: '2', dots_o2: '2' })).toEqual({ problem: 'poll.error.tooManyDots' });
    expect(read('dots', { dots_o1: '4' })).toEqual({ problem: 'poll.error.tooManyDots' });
    expect(read('dots', { dots_o1: '5' }, { dots: 5 })).toEqual({ ballot: { method: 'dots', allocation: { o1: 5 } } });
  });

  it('refuses negative or fractional dots, even when they would fit the budget', () => {
    expect(read('dots', { dots_o1: '-1' })).toEqual({ problem: 'poll.error.invalidChoice' });
    // A negative count cannot pay for going over the budget elsewhere.
    expect(read('dots', { dots_o1: '4', dots_o2: '-1' })).toEqual({ problem: 'poll.error.invalidChoice' });
    expect(read('dots', { dots_o1: '1.5' })).toEqual({ problem: 'poll.error.invalidChoice' });
    expect(read('dots', { dots_o1: 'deux' })).toEqual({ problem: 'poll.error.invalidChoice' });
  });

  it('says no dot at all is a missing choice, and ignores inputs for options the poll does not have', () => {
    expect(read('dots', {})).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('dots', { dots_o1: '0', dots_o2: '0', dots_o3: '0' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('dots', { dots_o9: '3' })).toEqual({ problem: 'poll.error.choiceMissing' });
    expect(read('dots', { dots_o1: '1', dots_o9: '5' })).toEqual({ ballot: { method: 'dots', allocation: { o1: 1 } } });
  });
});

describe('eligibleVoters', () => {
  const early: Ballot = { method: 'single', optionId: 'o1' };
  const late: Ballot = { method: 'single', optionId: 'o2', late: true };

  it('counts every ballot but those of people who joined after the poll opened', () => {
    expect(eligibleVoters([])).toBe(0);
    expect(eligibleVoters([early, early, early])).toBe(3);
    expect(eligibleVoters([early, late, early])).toBe(2);
    expect(eligibleVoters([late, late])).toBe(0);
  });
});

describe('ballotFromCard: advice process', () => {
  it('takes advice as text, or no advice to give (which keeps no text)', () => {
    expect(read('advice', { answer: 'given', reason: ' Tester d’abord avec une équipe. ' })).toEqual({
      ballot: { method: 'advice', answer: 'given', reason: 'Tester d’abord avec une équipe.' },
    });
    expect(read('advice', { answer: 'none', reason: 'brouillon' })).toEqual({ ballot: { method: 'advice', answer: 'none' } });
  });

  it('needs the advice when one says they give it, and allows up to 1,000 characters', () => {
    expect(read('advice', { answer: 'given' })).toEqual({ problem: 'poll.error.adviceRequired' });
    expect(read('advice', { answer: 'given', reason: 'x'.repeat(1000) })).toMatchObject({ ballot: { answer: 'given' } });
    expect(read('advice', { answer: 'given', reason: 'x'.repeat(1001) })).toEqual({ problem: 'poll.error.reasonTooLong' });
    expect(read('advice', { answer: 'agree' })).toEqual({ problem: 'poll.error.choiceMissing' });
  });
});
