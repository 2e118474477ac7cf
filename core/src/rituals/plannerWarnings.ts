import type { RitualPlan } from './ritualPlan';
import { inPersonScheduled, type SeriesCollision, seriesCollisions } from './seriesCalendar';
import type { RitualsDraft } from '../workshops/rituals';

/** What the meeting planner warns of for workshop 3's series. */
export interface PlannerWarnings {
  /** Days in the next twelve months on which two or more series meet, soonest first. */
  collisions: SeriesCollision[];
  /** Set when the next twelve months hold fewer in-person meetings than workshop 3's yearly minimum. */
  inPersonShort: { scheduled: number; minimum: number } | null;
}

/**
 * The planner's warnings as of `at`. Nothing is said of the in-person minimum while no series has dates yet:
 * the planner then asks for the first meeting instead.
 */
export function plannerWarnings(w3: RitualsDraft, plans: readonly RitualPlan[], at: Date): PlannerWarnings {
  const minimum = w3.inPersonPerYear ?? 0;
  const scheduled = inPersonScheduled(plans, at);
  return {
    collisions: seriesCollisions(plans, at),
    inPersonShort: plans.length > 0 && scheduled < minimum ? { scheduled, minimum } : null,
  };
}
