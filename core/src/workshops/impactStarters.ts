import type { PulseItem } from '../surveys/survey';
import type { IndicatorMeasure, indicatorFrequencies, indicatorSources, valueCycles } from './impact';

/** One indicator of the starter set: where its figures come from and, when Élan has them, exactly which data. */
export interface StarterIndicator {
  key: string;
  cycle: (typeof valueCycles)[number];
  source: (typeof indicatorSources)[number];
  frequency: (typeof indicatorFrequencies)[number];
  /** Absent: Élan cannot see the data, the figures are entered by hand. */
  measure?: IndicatorMeasure;
  pulseItem?: PulseItem;
}

/**
 * The starter set of indicators, by value-creation cycle (WORKSHOPS.md §6). Names and definitions are catalog
 * entries `tab.w6.starter.<key>` and `tab.w6.starter.<key>.definition`. Each pulse indicator is the mean of the
 * one statement of the bank that asks it (`tab.w6.pulseItem.<id>`).
 */
export const starterIndicators: readonly StarterIndicator[] = [
  { key: 'attendance', cycle: 'immediate', source: 'autoAttendance', frequency: 'meeting', measure: 'attendance' },
  { key: 'contributors', cycle: 'immediate', source: 'autoPosts', frequency: 'month' },
  { key: 'pollParticipation', cycle: 'immediate', source: 'autoVotes', frequency: 'month', measure: 'pollParticipation' },
  { key: 'usefulness', cycle: 'immediate', source: 'checkout', frequency: 'meeting', measure: 'meetingUsefulness' },
  { key: 'newContacts', cycle: 'immediate', source: 'pulse', frequency: 'quarter', measure: 'pulseItem', pulseItem: 'P11' },
  { key: 'deliverablesAdopted', cycle: 'potential', source: 'autoVotes', frequency: 'quarter', measure: 'deliverablesAdopted' },
  { key: 'skills', cycle: 'potential', source: 'pulse', frequency: 'semester', measure: 'pulseItem', pulseItem: 'P6' },
  { key: 'trust', cycle: 'potential', source: 'pulse', frequency: 'semester', measure: 'pulseItem', pulseItem: 'P4' },
  { key: 'outsideRequests', cycle: 'potential', source: 'orgData', frequency: 'semester' },
  { key: 'usedAtWork', cycle: 'applied', source: 'pulse', frequency: 'quarter', measure: 'pulseItem', pulseItem: 'P7' },
  { key: 'applications', cycle: 'applied', source: 'story', frequency: 'semester', measure: 'stories' },
  { key: 'teamsUsing', cycle: 'applied', source: 'orgData', frequency: 'semester' },
  { key: 'projectIndicator', cycle: 'realised', source: 'orgData', frequency: 'semester' },
  // No statement of the pulse bank asks for time saved: the facilitators ask and enter it.
  { key: 'timeSaved', cycle: 'realised', source: 'manual', frequency: 'semester' },
  { key: 'resultStories', cycle: 'realised', source: 'story', frequency: 'year', measure: 'stories' },
  { key: 'policyAdopted', cycle: 'transformative', source: 'orgData', frequency: 'year' },
  { key: 'charterRevisions', cycle: 'transformative', source: 'autoVotes', frequency: 'year', measure: 'charterRevisions' },
  { key: 'partnerships', cycle: 'transformative', source: 'orgData', frequency: 'year' },
];
