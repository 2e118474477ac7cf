import type { EcosystemDraft } from '@elan/core/workshops/ecosystem';

/** A stakeholder members proposed in a snowball survey, waiting for the group's decision. */
export type Proposal = NonNullable<EcosystemDraft['proposedStakeholders']>[number];
type Stakeholder = NonNullable<EcosystemDraft['stakeholders']>[number];

/**
 * Moves a proposal onto the map as a stakeholder (name and kind kept, disposition unknown, power and interest left
 * for the group to rate). Returns the draft unchanged when the proposal is gone or the map is full.
 */
export function acceptProposal(draft: EcosystemDraft, id: string, max = 300): EcosystemDraft {
  const proposal = (draft.proposedStakeholders ?? []).find((p) => p.id === id);
  const stakeholders = draft.stakeholders ?? [];
  if (!proposal || stakeholders.length >= max) return draft;
  const taken = new Set(stakeholders.map((s) => s.id));
  const added: Partial<Stakeholder> = {
    // The proposal's id becomes the stakeholder's, unless (unlikely) a stakeholder has it already.
    id: taken.has(proposal.id) ? `${proposal.id.slice(0, 33)}-p` : proposal.id,
    name: proposal.name,
    kind: proposal.kind,
    tags: [],
    disposition: 'unknown',
  };
  return {
    ...draft,
    stakeholders: [...stakeholders, added as Stakeholder],
    proposedStakeholders: (draft.proposedStakeholders ?? []).filter((p) => p.id !== id),
  };
}

/** Drops a proposal the group does not want on the map. */
export function dismissProposal(draft: EcosystemDraft, id: string): EcosystemDraft {
  return { ...draft, proposedStakeholders: (draft.proposedStakeholders ?? []).filter((p) => p.id !== id) };
}
