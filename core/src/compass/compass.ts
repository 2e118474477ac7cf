import { z } from 'zod';

/** The ten dimensions of the community compass (boussole), each rated through three statements (WORKSHOPS.md §7). */
export const compassDimensions = [
  'purpose',
  'membership',
  'trust',
  'facilitation',
  'rituals',
  'decisions',
  'knowledge',
  'ecosystem',
  'value',
  'sponsor',
] as const;
export type CompassDimension = (typeof compassDimensions)[number];

/** Statement ids: `purpose.a`, `purpose.b`, … */
export const compassStatements = compassDimensions.flatMap((d) => (['a', 'b', 'c'] as const).map((s) => `${d}.${s}` as const));
export type CompassStatement = (typeof compassStatements)[number];

/** Dimension scores are shown only from this many respondents, so no one's answers can be inferred. */
export const compassMinRespondents = 5;

/** Body of `PUT …/compass/runs/{n}/responses/me`: ratings 1 (not at all true) to 5 (completely true). */
export const compassResponseInput = z.strictObject({
  ratings: z
    .partialRecord(z.enum(compassStatements), z.number().int().min(1).max(5))
    .refine((r) => Object.keys(r).length > 0, { params: { key: 'validation.required' } }),
});
export type CompassRatings = z.infer<typeof compassResponseInput>['ratings'];

export interface DimensionScore {
  median: number;
  min: number;
  max: number;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Scores a compass run: per respondent, the mean of their answered statements in a dimension; then
 * the median across respondents, with the spread (min–max). Null below the respondent threshold.
 */
export function compassScores(
  responses: readonly CompassRatings[],
  minRespondents = compassMinRespondents,
): Record<CompassDimension, DimensionScore | null> | null {
  if (responses.length < minRespondents) return null;
  const scores = {} as Record<CompassDimension, DimensionScore | null>;
  for (const dimension of compassDimensions) {
    const perRespondent = responses
      .map((r) => (['a', 'b', 'c'] as const).map((s) => r[`${dimension}.${s}`]).filter((v): v is number => v !== undefined))
      .filter((values) => values.length > 0)
      .map((values) => values.reduce((a, b) => a + b, 0) / values.length);
    scores[dimension] = perRespondent.length
      ? { median: median(perRespondent), min: Math.min(...perRespondent), max: Math.max(...perRespondent) }
      : null;
  }
  return scores;
}
