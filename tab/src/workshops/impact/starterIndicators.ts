import type { indicatorFrequencies, indicatorSources, valueCycles } from '@elan/core/workshops/impact';

type Cycle = (typeof valueCycles)[number];

/**
 * The starter set of indicators, by value-creation cycle (WORKSHOPS.md §6). Names and definitions are catalog
 * entries `tab.w6.starter.<key>` and `tab.w6.starter.<key>.definition`.
 */
export const starterIndicators: readonly {
  key: string;
  cycle: Cycle;
  source: (typeof indicatorSources)[number];
  frequency: (typeof indicatorFrequencies)[number];
}[] = [
  { key: 'attendance', cycle: 'immediate', source: 'autoAttendance', frequency: 'meeting' },
  { key: 'contributors', cycle: 'immediate', source: 'autoPosts', frequency: 'month' },
  { key: 'pollParticipation', cycle: 'immediate', source: 'autoVotes', frequency: 'month' },
  { key: 'usefulness', cycle: 'immediate', source: 'autoVotes', frequency: 'meeting' },
  { key: 'newContacts', cycle: 'immediate', source: 'pulse', frequency: 'quarter' },
  { key: 'deliverablesAdopted', cycle: 'potential', source: 'autoVotes', frequency: 'quarter' },
  { key: 'skills', cycle: 'potential', source: 'pulse', frequency: 'semester' },
  { key: 'trust', cycle: 'potential', source: 'pulse', frequency: 'semester' },
  { key: 'outsideRequests', cycle: 'potential', source: 'orgData', frequency: 'semester' },
  { key: 'usedAtWork', cycle: 'applied', source: 'pulse', frequency: 'quarter' },
  { key: 'applications', cycle: 'applied', source: 'story', frequency: 'semester' },
  { key: 'teamsUsing', cycle: 'applied', source: 'orgData', frequency: 'semester' },
  { key: 'projectIndicator', cycle: 'realised', source: 'orgData', frequency: 'semester' },
  { key: 'timeSaved', cycle: 'realised', source: 'pulse', frequency: 'semester' },
  { key: 'resultStories', cycle: 'realised', source: 'story', frequency: 'year' },
  { key: 'policyAdopted', cycle: 'transformative', source: 'orgData', frequency: 'year' },
  { key: 'charterRevisions', cycle: 'transformative', source: 'autoVotes', frequency: 'year' },
  { key: 'partnerships', cycle: 'transformative', source: 'orgData', frequency: 'year' },
];

/** Which cycles have at least one indicator, in cycle order. */
export function cycleCoverage(indicators: readonly { cycle?: string }[], cycles: readonly Cycle[]): { cycle: Cycle; count: number }[] {
  return cycles.map((cycle) => ({ cycle, count: indicators.filter((i) => i.cycle === cycle).length }));
}

/** The pulse item bank of WORKSHOPS.md §6 (statements in `tab.w6.pulseItem.<id>`). */
export const pulseItemIds = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15'] as const;
