import { decisionsComplete } from '@elan/core/workshops/decisions';
import { applyPreset, charterAmendmentPreset, defaultsPreset, rulePresets, starterRows, withStarterRows } from './presets';

describe('decision presets', () => {
  it('apply a method with its quorum and voting period, keeping the row’s type and decider', () => {
    const row = {
      decisionType: 'Logistique',
      whoDecides: 'facilitator' as const,
      method: 'consent' as const,
      quorumPct: 50,
      votingDays: 7,
    };
    expect(applyPreset(row, 'adviceProcess')).toEqual({
      decisionType: 'Logistique',
      whoDecides: 'facilitator',
      method: 'adviceProcess',
      quorumPct: 0,
      votingDays: 3,
    });
    expect(applyPreset({}, 'majority')).toEqual({ method: 'majority', quorumPct: 50, votingDays: 7 });
    expect(rulePresets.consent).toEqual({ method: 'consent', quorumPct: 50, votingDays: 7 });
  });

  it('add the starter rows that are missing, once, within the limit', () => {
    const name = (k: string) => `Type ${k}`;
    const rows = withStarterRows([{ decisionType: 'type PURPOSE ' }], name);
    expect(rows).toHaveLength(starterRows.length);
    expect(rows.filter((r) => r.decisionType?.toLowerCase().includes('purpose'))).toHaveLength(1);
    expect(withStarterRows(rows, name)).toHaveLength(rows.length);
    expect(withStarterRows([], name, 5)).toHaveLength(5);
  });

  it('give each starter row its kind, so a renamed row is still a deliverable or a charter change', () => {
    const rows = withStarterRows([], (k) => `Type ${k}`);
    expect(rows.map((r) => [r.decisionType, r.kind])).toEqual(starterRows.map((s) => [`Type ${s.key}`, s.key]));
  });

  it('make a matrix the complete schema accepts', () => {
    const decisionMatrix = withStarterRows([], (k) => `Décision ${k}`);
    const result = decisionsComplete.safeParse({
      decisionMatrix,
      defaults: defaultsPreset,
      anonymityDefault: 'named',
      hideResultsUntilClose: true,
      objectionRule: 'x',
      abstentionMeaning: 'countsForQuorumOnly',
      conflictProcess: 'y',
      charterAmendment: charterAmendmentPreset,
    });
    expect(result.success).toBe(true);
  });
});
