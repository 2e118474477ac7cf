/** The four places of the power–interest grid (Mendelow). */
export const quadrants = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/**
 * Power ≥ 4 and interest ≥ 4 → manage closely; power ≥ 4 → keep satisfied; interest ≥ 4 → keep informed;
 * anything else (including an unrated actor) → monitor.
 */
export function quadrantOf(power: number | undefined, interest: number | undefined): Quadrant {
  const p = power ?? 0;
  const i = interest ?? 0;
  if (p >= 4 && i >= 4) return 'manageClosely';
  if (p >= 4) return 'keepSatisfied';
  if (i >= 4) return 'keepInformed';
  return 'monitor';
}

/** Stakeholder indexes by quadrant, keeping their order. */
export function byQuadrant(stakeholders: readonly { power?: number; interest?: number }[]): Record<Quadrant, number[]> {
  const out: Record<Quadrant, number[]> = { manageClosely: [], keepSatisfied: [], keepInformed: [], monitor: [] };
  stakeholders.forEach((s, i) => out[quadrantOf(s.power, s.interest)].push(i));
  return out;
}
