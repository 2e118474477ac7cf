import type { WorkshopLabels } from '../form/labels';

/** Workshop 4's fields in form order, and their names in the catalogs. */
export const decisionsLabels: WorkshopLabels = {
  n: 4,
  order: [
    'decisionMatrix',
    'defaults',
    'anonymityDefault',
    'hideResultsUntilClose',
    'objectionRule',
    'abstentionMeaning',
    'conflictProcess',
    'charterAmendment',
    'sponsorVeto',
  ],
  fields: {
    decisionMatrix: 'tab.w4.decisionMatrix',
    defaults: 'tab.w4.defaults',
    anonymityDefault: 'tab.w4.anonymityDefault',
    hideResultsUntilClose: 'tab.w4.hideResultsUntilClose',
    objectionRule: 'tab.w4.objectionRule',
    abstentionMeaning: 'tab.w4.abstentionMeaning',
    conflictProcess: 'tab.w4.conflictProcess',
    charterAmendment: 'tab.w4.charterAmendment',
    sponsorVeto: 'tab.w4.sponsorVeto',
  },
  parts: {
    decisionType: 'tab.w4.row.decisionType',
    whoDecides: 'tab.w4.row.whoDecides',
    method: 'tab.w4.row.method',
    quorumPct: 'tab.w4.row.quorumPct',
    votingDays: 'tab.w4.row.votingDays',
    reminderHoursBeforeClose: 'tab.w4.defaults.reminderHoursBeforeClose',
  },
  choices: {
    whoDecides: 'doc.decider',
    method: 'doc.method',
    anonymityDefault: 'tab.w4.anonymity',
    abstentionMeaning: 'tab.w4.abstention',
  },
};
