import type { WorkshopNumber } from '../workshops/registry';
import type { CompassDimension, DimensionScore } from './compass';
import { compassDimensions, compassMinRespondents } from './compass';

/** A median at or below this (of 5) is low: the "priority" band of WORKSHOPS.md §7, its bound included. */
export const compassLowScore = 2.5;

/**
 * A fall of the median by at least this much since the previous scored run counts as a drop. Runs are
 * answered by different people each time and medians of three-statement means move in steps of 1/6, so
 * smaller shifts are mostly who answered; half a point is half of the 1-point "watch" band (2.5–3.5),
 * enough to move a dimension towards the next band down.
 */
export const compassDropThreshold = 0.5;

/**
 * The workshop to revisit when a dimension is low (WORKSHOPS.md §7, "Link to stages and workshops"): purpose
 * and membership → W1 (purpose, who can be a member, participation levels); trust, facilitation and rituals
 * → W3 (rituals, roles, welcoming); decisions → W4; knowledge capture and value → W6; ecosystem and sponsor
 * support → W5 (stakeholders, brief the sponsor).
 */
export const compassWorkshop: Record<CompassDimension, WorkshopNumber> = {
  purpose: 1,
  membership: 1,
  trust: 3,
  facilitation: 3,
  rituals: 3,
  decisions: 4,
  knowledge: 6,
  ecosystem: 5,
  value: 6,
  sponsor: 5,
};

/** The concrete actions proposed for each dimension; texts in the catalogs as `compass.action.<dimension>.<id>`. */
export const compassActionIds = {
  purpose: ['rereadPurpose', 'recallGoals', 'checkScope'],
  membership: ['reviewLevels', 'inviteMissing', 'shareActivities'],
  trust: ['situationsRound', 'recallConfidentiality', 'reviewObjections'],
  facilitation: ['rotateRoles', 'roundOfSpeech', 'askTime'],
  rituals: ['reviewRhythm', 'standardAgenda', 'betweenMeetings'],
  decisions: ['reviewMatrix', 'logDecisions', 'consultMembers'],
  knowledge: ['captureRules', 'writeStory', 'shareOutputs'],
  ecosystem: ['rerateGrid', 'relationshipOwners', 'inviteAffected'],
  value: ['collectStories', 'reviewIndicators', 'practiceChanges'],
  sponsor: ['briefSponsor', 'recallCommitments', 'presentNeeds'],
} as const satisfies Record<CompassDimension, readonly string[]>;

export type CompassActionKey = {
  [D in CompassDimension]: `compass.action.${D}.${(typeof compassActionIds)[D][number]}`;
}[CompassDimension];

/** Catalog keys of the actions proposed for a dimension. */
export function compassActionKeys(dimension: CompassDimension): CompassActionKey[] {
  return compassActionIds[dimension].map((id) => `compass.action.${dimension}.${id}` as CompassActionKey);
}

/** One run as the compass view lists it (only what the rules read). */
export interface ScoredRunInput {
  number: number;
  respondents: number;
  scores: Partial<Record<string, DimensionScore | null>> | null;
}

/** A dimension flagged in the latest scored run, why, and what to do about it. */
export interface CompassImprovement {
  dimension: CompassDimension;
  /**
   * `low`: median ≤ 2.5; `dropped`: down by ≥ 0.5 since the previous scored run (both can hold);
   * `lowSatisfaction`: no compass score for it, but the satisfaction survey scored it ≤ 2.5.
   */
  reasons: ('low' | 'dropped' | 'lowSatisfaction')[];
  /** The compass median, or the satisfaction score for `lowSatisfaction`. */
  median: number;
  /** The median in the previous scored run, when there is one with a score for this dimension. */
  previousMedian: number | null;
  workshop: WorkshopNumber;
  actions: CompassActionKey[];
}

export interface CompassImprovements {
  /** The run the proposals are drawn from: the latest with scores; null when only the satisfaction survey signals. */
  run: number | null;
  /** The scored run before it, compared with for drops. */
  previousRun: number | null;
  improvements: CompassImprovement[];
}

// Scores are means and medians of small integers: compare at a hundredth so 2.5000000001 is still 2.5.
const hundredths = (v: number) => Math.round(v * 100);

const isScored = (run: ScoredRunInput, minRespondents: number) => run.scores !== null && run.respondents >= minRespondents;

const isLow = (v: number) => hundredths(v) <= hundredths(compassLowScore);

/**
 * Improvement ideas from the compass runs: each dimension of the latest scored run whose median is low or
 * has dropped since the previous scored run, with the workshop to revisit and its actions. Runs below the
 * respondent threshold are ignored, so nothing is proposed from too few answers. A dimension the compass has
 * no score for is flagged when the satisfaction survey (already thresholded) scored it low: the members' voice
 * is the only signal there. Null when there is nothing to read (no scored run and no low satisfaction score).
 */
export function compassImprovements(
  runs: readonly ScoredRunInput[],
  minRespondents = compassMinRespondents,
  satisfaction: Partial<Record<string, number | null>> = {},
): CompassImprovements | null {
  const scored = runs.filter((r) => isScored(r, minRespondents)).sort((a, b) => b.number - a.number);
  const [latest, previous] = scored;
  const improvements: CompassImprovement[] = [];
  for (const dimension of compassDimensions) {
    const score = latest?.scores?.[dimension];
    const satisfied = satisfaction[dimension];
    if (!score) {
      if (satisfied !== undefined && satisfied !== null && isLow(satisfied))
        improvements.push({
          dimension,
          reasons: ['lowSatisfaction'],
          median: satisfied,
          previousMedian: null,
          workshop: compassWorkshop[dimension],
          actions: compassActionKeys(dimension),
        });
      continue;
    }
    const previousMedian = previous?.scores?.[dimension]?.median ?? null;
    const reasons: CompassImprovement['reasons'] = [];
    if (isLow(score.median)) reasons.push('low');
    if (previousMedian !== null && hundredths(previousMedian) - hundredths(score.median) >= hundredths(compassDropThreshold))
      reasons.push('dropped');
    if (reasons.length)
      improvements.push({
        dimension,
        reasons,
        median: score.median,
        previousMedian,
        workshop: compassWorkshop[dimension],
        actions: compassActionKeys(dimension),
      });
  }
  if (!latest && improvements.length === 0) return null;
  return { run: latest?.number ?? null, previousRun: previous?.number ?? null, improvements };
}
