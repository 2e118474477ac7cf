import type { WorkshopLabels } from '../form/labels';

/** Workshop 6's fields in form order, and their names in the catalogs. */
export const impactLabels: WorkshopLabels = {
  n: 6,
  order: ['indicators', 'pulse', 'storyCollection', 'compassSchedule', 'reportAudience', 'reportCadence'],
  fields: {
    indicators: 'tab.w6.indicators',
    pulse: 'tab.w6.pulse',
    storyCollection: 'tab.w6.storyCollection',
    compassSchedule: 'tab.w6.compassSchedule',
    reportAudience: 'tab.w6.reportAudience',
    reportCadence: 'tab.w6.reportCadence',
  },
  parts: {
    name: 'tab.w6.indicator.name',
    cycle: 'tab.w6.indicator.cycle',
    definition: 'tab.w6.indicator.definition',
    source: 'tab.w6.indicator.source',
    baseline: 'tab.w6.indicator.baseline',
    target: 'tab.w6.indicator.target',
    frequency: 'tab.w6.frequency',
    itemIds: 'tab.w6.pulse.itemIds',
    minRespondents: 'tab.w6.pulse.minRespondents',
    owner: 'tab.w6.story.owner',
    consentDefault: 'tab.w6.story.consentDefault',
    firstDate: 'tab.w6.compass.firstDate',
    everyMonths: 'tab.w6.compass.everyMonths',
  },
  choices: {
    cycle: 'doc.cycle',
    source: 'doc.indicatorSource',
    frequency: 'doc.indicatorFrequency',
    itemIds: 'tab.w6.pulseItem',
    consentDefault: 'tab.w6.consent',
    reportCadence: 'tab.w6.reportCadenceChoice',
  },
};
