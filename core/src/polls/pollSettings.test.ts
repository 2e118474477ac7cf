import { decisionMethods, type DecisionsDraft } from '../workshops/decisions';
import { DomainError, ValidationError } from '../errors';
import type { CreatePollInput } from './poll';
import { pollSettings } from './pollSettings';

const rules: DecisionsDraft = {
  decisionMatrix: [
    {
      decisionType: 'Raison d’être et valeurs',
      kind: 'purpose',
      whoDecides: 'allMembers',
      method: 'consent',
      quorumPct: 50,
      votingDays: 7,
    },
    { decisionType: 'Priorités', kind: 'priorities', whoDecides: 'allMembers', method: 'dotVote', quorumPct: 40, votingDays: 5 },
    { decisionType: 'Thèmes des rencontres', kind: 'topics', whoDecides: 'coreGroup', method: 'score', quorumPct: 0, votingDays: 3 },
    { decisionType: 'Logistique', kind: 'logistics', whoDecides: 'facilitator', method: 'adviceProcess', quorumPct: 0, votingDays: 3 },
    {
      decisionType: 'Livrables',
      kind: 'deliverable',
      whoDecides: 'allMembers',
      method: 'consent',
      quorumPct: 50,
      votingDays: 7,
      anonymous: true,
    },
    { decisionType: 'Budget', whoDecides: 'sponsor', method: 'majority', quorumPct: 30, votingDays: 4, hideResultsUntilClose: true },
    { decisionType: 'Essai à petite échelle', whoDecides: 'individualWithAdvice', method: 'senseCheck', quorumPct: 0, votingDays: 2 },
    { decisionType: 'Clôture', kind: 'closing', whoDecides: 'allMembers', method: 'consensus', quorumPct: 66, votingDays: 14 },
    { decisionType: 'Co-animation', kind: 'roles', whoDecides: 'allMembers', method: 'rankedChoice', quorumPct: 50, votingDays: 7 },
    { decisionType: 'Brouillon', whoDecides: 'allMembers' } as never,
  ],
  defaults: { method: 'consent', quorumPct: 45, votingDays: 6, reminderHoursBeforeClose: 12 },
  anonymityDefault: 'named',
  hideResultsUntilClose: false,
  objectionRule: ' Dire quel tort la proposition causerait. ',
  abstentionMeaning: 'notCounted',
};

const ask = (input: Partial<CreatePollInput>): CreatePollInput => ({ question: 'Q?', ...input });
const options = ['A', 'B', 'C'];
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.path.join('.')}:${(i as { params?: { key?: string } }).params?.key}`);
    if (e instanceof DomainError) return `${e.status} ${e.code}`;
    throw e;
  }
  return 'no error';
};

describe('pollSettings: a decision type takes its matrix row', () => {
  it('gives every row its method, quorum, period, anonymity and hidden results', () => {
    const rows = [
      ['Raison d’être et valeurs', {}, { method: 'consent', quorumPct: 50, votingDays: 7, anonymous: false, hideResultsUntilClose: false }],
      ['Priorités', { options }, { method: 'dots', quorumPct: 40, votingDays: 5, anonymous: false, hideResultsUntilClose: false }],
      ['Thèmes des rencontres', {}, { method: 'score', quorumPct: 0, votingDays: 3, anonymous: false, hideResultsUntilClose: false }],
      ['Livrables', {}, { method: 'consent', quorumPct: 50, votingDays: 7, anonymous: true, hideResultsUntilClose: false }],
      [
        'Budget',
        { options: ['Oui', 'Non'] },
        { method: 'single', quorumPct: 30, votingDays: 4, anonymous: false, hideResultsUntilClose: true },
      ],
      ['Essai à petite échelle', {}, { method: 'score', quorumPct: 0, votingDays: 2, anonymous: false, hideResultsUntilClose: false }],
      ['Clôture', {}, { method: 'consent', quorumPct: 66, votingDays: 14, anonymous: false, hideResultsUntilClose: false }],
      ['Co-animation', { options }, { method: 'ranked', quorumPct: 50, votingDays: 7, anonymous: false, hideResultsUntilClose: false }],
    ] as const;
    for (const [decisionType, extra, expected] of rows) {
      const s = pollSettings(ask({ decisionType, ...(extra as Partial<CreatePollInput>) }), rules, 'facilitator');
      expect({ row: decisionType, ...s }).toMatchObject({ row: decisionType, ...expected });
    }
  });

  it('records the row it was opened under, with its starter kind, and the general rules of workshop 4', () => {
    const s = pollSettings(ask({ decisionType: '  livrables ' }), rules, 'facilitator');
    expect(s.decisionType).toEqual({ label: 'Livrables', kind: 'deliverable' });
    expect(s).toMatchObject({
      abstention: 'notCounted',
      objectionRule: 'Dire quel tort la proposition causerait.',
      reminderHoursBeforeClose: 12,
    });
    expect(pollSettings(ask({ decisionType: 'Budget', options: ['Oui', 'Non'] }), rules, 'facilitator').decisionType).toEqual({
      label: 'Budget',
      kind: null,
    });
  });

  it('runs an advice-process row as an advice poll, opened by whom the row says decides', () => {
    expect(pollSettings(ask({ decisionType: 'Logistique' }), rules, 'facilitator')).toMatchObject({
      method: 'advice',
      quorumPct: 0,
      votingDays: 3,
    });
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Logistique' }), rules, 'member'))).toBe('403 poll.error.decidedBy.facilitator');
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Livrables', consulted: ['m1'] }), rules, 'facilitator'))).toEqual([
      'consulted:validation.optionsNotAllowed',
    ]);
  });

  it('matches the type without accents, case or surrounding spaces', () => {
    expect(pollSettings(ask({ decisionType: 'RAISON D’ETRE ET VALEURS' }), rules, 'facilitator').method).toBe('consent');
  });

  it('accepts the row’s own values in the input and refuses any other, naming each field', () => {
    const same = ask({ decisionType: 'Livrables', method: 'consent', quorumPct: 50, votingDays: 7, anonymous: true });
    expect(codeOf(() => pollSettings(same, rules, 'facilitator'))).toBe('no error');
    const against = ask({
      decisionType: 'Livrables',
      method: 'single',
      options,
      quorumPct: 10,
      votingDays: 2,
      anonymous: false,
      hideResultsUntilClose: true,
    });
    expect(codeOf(() => pollSettings(against, rules, 'facilitator'))).toEqual([
      'method:validation.againstMatrix',
      'quorumPct:validation.againstMatrix',
      'votingDays:validation.againstMatrix',
      'anonymous:validation.againstMatrix',
      'hideResultsUntilClose:validation.againstMatrix',
      'options:validation.optionsNotAllowed',
    ]);
  });

  it('checks the options against the row’s method', () => {
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Priorités' }), rules, 'facilitator'))).toEqual([
      'options:validation.optionsRequired',
    ]);
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Clôture', options }), rules, 'facilitator'))).toEqual([
      'options:validation.optionsNotAllowed',
    ]);
  });

  it('refuses a type the matrix does not have and an unfinished row', () => {
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Inconnu' }), rules, 'facilitator'))).toEqual([
      'decisionType:validation.unknownDecisionType',
    ]);
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Brouillon' }), rules, 'facilitator'))).toEqual([
      'decisionType:poll.error.rowIncomplete',
    ]);
    expect(codeOf(() => pollSettings(ask({ decisionType: 'Priorités' }), {}, 'facilitator'))).toEqual([
      'decisionType:validation.unknownDecisionType',
    ]);
  });

  it('lets only those the row’s “who decides” allows open it, with a refusal that says why', () => {
    const opens = (decisionType: string, extra: Partial<CreatePollInput> = {}) =>
      (['facilitator', 'member', 'sponsor', undefined] as const).map((role) =>
        codeOf(() => pollSettings(ask({ decisionType, ...extra }), rules, role)),
      );
    expect(opens('Raison d’être et valeurs')).toEqual([
      'no error',
      '403 poll.error.decidedBy.allMembers',
      '403 poll.error.decidedBy.allMembers',
      '403 poll.error.decidedBy.allMembers',
    ]);
    expect(opens('Thèmes des rencontres')).toEqual([
      'no error',
      '403 poll.error.decidedBy.coreGroup',
      '403 poll.error.decidedBy.coreGroup',
      '403 poll.error.decidedBy.coreGroup',
    ]);
    expect(opens('Budget', { options: ['Oui', 'Non'] })).toEqual([
      'no error',
      '403 poll.error.decidedBy.sponsor',
      'no error',
      '403 poll.error.decidedBy.sponsor',
    ]);
    expect(opens('Essai à petite échelle')).toEqual([
      'no error',
      'no error',
      '403 poll.error.decidedBy.individualWithAdvice',
      '403 poll.error.decidedBy.individualWithAdvice',
    ]);
  });

  it('maps every workshop-4 method to a poll method', () => {
    const methods = decisionMethods.map((method) => {
      const r: DecisionsDraft = { decisionMatrix: [{ decisionType: 'T', whoDecides: 'allMembers', method, quorumPct: 0, votingDays: 1 }] };
      const withOptions = ['majority', 'rankedChoice', 'dotVote'].includes(method) ? { options } : {};
      const result = codeOf(() => pollSettings(ask({ decisionType: 'T', ...withOptions }), r, 'facilitator'));
      return [method, result === 'no error' ? pollSettings(ask({ decisionType: 'T', ...withOptions }), r, 'facilitator').method : result];
    });
    expect(Object.fromEntries(methods)).toEqual({
      consent: 'consent',
      consensus: 'consent',
      majority: 'single',
      adviceProcess: 'advice',
      senseCheck: 'score',
      score: 'score',
      rankedChoice: 'ranked',
      dotVote: 'dots',
    });
  });
});

describe('pollSettings: changing the adopted charter (the amendment rule)', () => {
  const amendment = { method: 'consent', quorumPct: 60, votingDays: 10 } as const;

  it('follows the matrix’s “charter” row when there is one', () => {
    const withRow: DecisionsDraft = {
      ...rules,
      charterAmendment: amendment,
      decisionMatrix: [
        ...rules.decisionMatrix!,
        { decisionType: 'Charte', kind: 'charter', whoDecides: 'allMembers', method: 'consent', quorumPct: 75, votingDays: 12 },
      ],
    };
    expect(pollSettings(ask({ subject: 'charter' }), withRow, 'facilitator')).toMatchObject({
      method: 'consent',
      quorumPct: 75,
      votingDays: 12,
      decisionType: { label: 'Charte', kind: 'charter' },
    });
  });

  it('else takes workshop 4’s amendment rule, refusing other values and non-facilitators', () => {
    const withRule: DecisionsDraft = { ...rules, charterAmendment: amendment };
    expect(pollSettings(ask({ subject: 'charter' }), withRule, 'facilitator')).toMatchObject({
      method: 'consent',
      quorumPct: 60,
      votingDays: 10,
      decisionType: null,
      abstention: 'notCounted',
    });
    expect(codeOf(() => pollSettings(ask({ subject: 'charter', quorumPct: 30 }), withRule, 'facilitator'))).toEqual([
      'quorumPct:validation.againstMatrix',
    ]);
    expect(codeOf(() => pollSettings(ask({ subject: 'charter' }), withRule, 'member'))).toBe('403 poll.error.decidedBy.allMembers');
  });

  it('falls back to the defaults while neither is filled in', () => {
    expect(pollSettings(ask({ subject: 'charter', method: 'consent' }), rules, 'facilitator')).toMatchObject({
      quorumPct: 45,
      votingDays: 6,
    });
  });
});

describe('pollSettings: without a decision type', () => {
  it('takes the input, then workshop 4’s defaults, and only facilitators may open it', () => {
    const s = pollSettings(ask({ method: 'single', options, votingDays: 3 }), rules, 'facilitator');
    expect(s).toMatchObject({
      method: 'single',
      decisionType: null,
      quorumPct: 45,
      votingDays: 3,
      anonymous: false,
      hideResultsUntilClose: false,
    });
    expect(pollSettings(ask({ method: 'dots', options }), {}, 'facilitator')).toMatchObject({
      quorumPct: 50,
      votingDays: 7,
      hideResultsUntilClose: true,
      abstention: 'countsForQuorumOnly',
      objectionRule: null,
      dots: 3,
    });
    expect(codeOf(() => pollSettings(ask({ method: 'consent' }), rules, 'member'))).toBe('403 error.forbidden');
  });
});
