import { type Quadrant, quadrantOf } from '@elan/core/documents/charter/quadrant';

/** Stakeholder indexes by quadrant (core's power–interest rule, as the charter places them), keeping their order. */
export function byQuadrant(stakeholders: readonly { power?: number; interest?: number }[]): Record<Quadrant, number[]> {
  const out: Record<Quadrant, number[]> = { manageClosely: [], keepSatisfied: [], keepInformed: [], monitor: [] };
  stakeholders.forEach((s, i) => out[quadrantOf(s.power, s.interest)].push(i));
  return out;
}
