import type { WorkshopLabels } from '../form/labels';

/** Workshop 5's fields in form order, and their names in the catalogs. */
export const ecosystemLabels: WorkshopLabels = {
  n: 5,
  order: ['stakeholders', 'relationships', 'engagementPlan', 'nominationsPollId', 'proposedStakeholders'],
  fields: {
    stakeholders: 'tab.w5.stakeholders',
    relationships: 'tab.w5.relationships',
    engagementPlan: 'tab.w5.engagementPlan',
    nominationsPollId: 'tab.w5.nominationsPollId',
    proposedStakeholders: 'tabAsks.proposed.title',
  },
  parts: {
    name: 'tab.w5.stakeholder.name',
    kind: 'tab.w5.stakeholder.kind',
    inTeams: 'tab.w5.stakeholder.inTeams',
    tags: 'tab.w5.stakeholder.tags',
    power: 'tab.w5.stakeholder.power',
    interest: 'tab.w5.stakeholder.interest',
    disposition: 'tab.w5.stakeholder.disposition',
    relationshipOwner: 'tab.w5.stakeholder.relationshipOwner',
    notes: 'tab.w5.stakeholder.notes',
    from: 'tab.w5.relationship.from',
    to: 'tab.w5.relationship.to',
    type: 'tab.w5.relationship.type',
    strength: 'tab.w5.relationship.strength',
    stakeholderId: 'tab.w5.plan.stakeholder',
    action: 'tab.w5.plan.action',
    channel: 'tab.w5.plan.channel',
    frequency: 'tab.w5.plan.frequency',
    owner: 'tab.w5.plan.owner',
    nextDate: 'tab.w5.plan.nextDate',
    nominations: 'tabAsks.proposed.nominationsLabel',
    reasons: 'tabAsks.proposed.reasons',
  },
  choices: {
    kind: 'doc.stakeholderKind',
    disposition: 'doc.disposition',
    type: 'doc.relationship',
    strength: 'tab.w5.strength',
  },
};
