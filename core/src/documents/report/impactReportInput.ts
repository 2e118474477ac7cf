import type { Community, Membership } from '../../community/community';
import type { DecisionRecord } from '../../decisions/decision';
import type { DocumentRecord } from '../documentRecord';
import type { Locale } from '../../i18n/translate';
import type { WorkshopInput } from '../charter/workshopData';
import type { CompassDimension, DimensionScore } from '../../compass/compass';
import type { valueCycles } from '../../workshops/impact';
import type { Contribution } from './contributions';

/**
 * Everything the impact report is built from. Workshops, members, decisions, document records and compass
 * runs are stored today; meetings, surveys, stories and indicator measurements come from features still to
 * build, so callers pass empty lists for them and the report says plainly there is no data yet.
 */
export interface ImpactReportInput {
  community: Community;
  members: Membership[];
  workshops: WorkshopInput[];
  decisions: DecisionRecord[];
  /** Earlier impact reports: the version number, and "what changed since the last report". */
  history: DocumentRecord[];
  /** Charter records, to tell how the charter evolved. */
  charterHistory: DocumentRecord[];
  meetings: MeetingRecord[];
  surveys: SurveyResult[];
  stories: ValueStory[];
  compass: CompassAssessment[];
  measurements: IndicatorMeasurement[];
  /** What members did (resources, ballots, answers, stories, captures): contributors per month. */
  contributions: Contribution[];
  language: Locale;
  /** When the report is generated, ISO 8601. */
  now: string;
}

/** A meeting the community held, as the bot's check-in saw it. */
export interface MeetingRecord {
  date: string;
  attendees: number;
  /** Members who could attend. */
  eligible: number;
  /** Mean usefulness 1–5 from the check-out, when asked. */
  usefulness?: number;
}

/** Aggregated answers to one survey (a pulse, the needs survey). Individual answers never reach the report. */
export interface SurveyResult {
  id: string;
  title: string;
  closedAt: string;
  respondents: number;
  eligible: number;
  /** Agreement statements rated 1–5. */
  items: { label: string; mean: number; agreePct: number; /** The question's id (a pulse item: P1…P15). */ itemId: string }[];
  /** Open answers, unattributed. */
  openAnswers: string[];
}

export type ValueCycle = (typeof valueCycles)[number];
export type StoryConsent = 'internal' | 'reportAnonymised' | 'reportNamed';

/** A value-creation story told by a member, with the consent its author chose. */
export interface ValueStory {
  id: string;
  date: string;
  title: string;
  /** The furthest value cycle the story reaches. */
  cycle: ValueCycle;
  text: string;
  author: { userId: string; name: string };
  consent: StoryConsent;
}

/**
 * One run of the compass self-assessment. `scores` holds the median (1–5) and spread of each dimension,
 * or is null when the run had too few respondents to be shown: small runs never carry scores at all.
 */
export interface CompassAssessment {
  date: string;
  respondents: number;
  scores: Record<CompassDimension, DimensionScore | null> | null;
}

/** A measured value of a workshop-6 indicator (by its name). */
export interface IndicatorMeasurement {
  indicator: string;
  date: string;
  value: number;
}
