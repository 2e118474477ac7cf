import { ecosystemDraft } from '@elan/core/workshops/ecosystem';
import { acceptProposal, dismissProposal } from './proposals';

const draft = ecosystemDraft.parse({
  stakeholders: [{ id: 's1', name: 'Direction DQEPE', kind: 'organisation', tags: [], power: 5, interest: 4, disposition: 'supportive' }],
  proposedStakeholders: [
    { id: 'p1', name: 'Comité des usagers', kind: 'organisation', nominations: 3, reasons: ['Voix des patients'] },
    { id: 'p2', name: 'Ana Lopez', kind: 'person', nominations: 1, reasons: [] },
  ],
});

describe('snowball proposals in workshop 5', () => {
  it('adds an accepted proposal to the map, unrated, and takes it off the proposals', () => {
    const next = acceptProposal(draft, 'p1');
    expect(next.stakeholders).toEqual([
      ...draft.stakeholders!,
      { id: 'p1', name: 'Comité des usagers', kind: 'organisation', tags: [], disposition: 'unknown' },
    ]);
    expect(next.proposedStakeholders!.map((p) => p.id)).toEqual(['p2']);
    expect(ecosystemDraft.safeParse(next).success).toBe(true);
    expect(draft.proposedStakeholders).toHaveLength(2);
  });

  it('keeps ids unique, and changes nothing for an unknown proposal or a full map', () => {
    const clash = acceptProposal({ ...draft, stakeholders: [{ ...draft.stakeholders![0]!, id: 'p2' }] }, 'p2');
    expect(clash.stakeholders!.map((s) => s.id)).toEqual(['p2', 'p2-p']);
    expect(acceptProposal(draft, 'nope')).toBe(draft);
    expect(acceptProposal(draft, 'p1', 1)).toBe(draft);
  });

  it('dismisses a proposal', () => {
    expect(dismissProposal(draft, 'p2').proposedStakeholders!.map((p) => p.id)).toEqual(['p1']);
    expect(dismissProposal(draft, 'p2').stakeholders).toEqual(draft.stakeholders);
  });
});
