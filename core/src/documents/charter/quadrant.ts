/** Power–interest grid quadrants (Mendelow), in the order the charter lists them. */
export const quadrants = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/**
 * The quadrant of a stakeholder (WORKSHOPS.md W5): power ≥ 4 and interest ≥ 4 → manage closely; power ≥ 4 →
 * keep satisfied; interest ≥ 4 → keep informed; otherwise monitor. Unrated counts as low.
 */
export function quadrantOf(power: number | undefined, interest: number | undefined): Quadrant {
  const highPower = (power ?? 0) >= 4;
  const highInterest = (interest ?? 0) >= 4;
  if (highPower && highInterest) return 'manageClosely';
  if (highPower) return 'keepSatisfied';
  if (highInterest) return 'keepInformed';
  return 'monitor';
}
