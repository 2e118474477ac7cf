import { z } from 'zod';
import type { Author } from './author';
import type { WorkshopNumber } from '../workshops/registry';

/**
 * The community's life phase, after the Belgian federal guide (BOSA): preparation, start-up, growth, possible
 * reorientation. The CEFRIO stages (potential, coalescing, maturing/stewardship, transformation) are its secondary
 * labels. Not to be confused with the life cycle (active / closing / archived), which says what the app allows.
 */
export const lifePhases = ['preparation', 'startUp', 'growth', 'reorientation'] as const;
export type LifePhase = (typeof lifePhases)[number];
const lifePhase = z.enum(lifePhases);

/**
 * Body of `PUT /api/communities/{id}/phase`. `changedAt` is the confirmation the caller read (null: none yet): when
 * given and someone confirmed since, the change is refused (412) rather than overwriting theirs unseen.
 */
export const lifePhaseInput = z.strictObject({ phase: lifePhase, changedAt: z.iso.datetime().nullable().optional() });

/** The phase a facilitator confirmed, when and by whom, as stored with the community. */
export const storedLifePhase = z.object({
  phase: lifePhase,
  confirmedAt: z.iso.datetime(),
  confirmedBy: z.object({ userId: z.string().min(1), name: z.string() }),
});
export type StoredLifePhase = z.infer<typeof storedLifePhase>;

/** What happened in a community, as far as its phase goes. */
export interface PhaseFacts {
  /** The workshops whose every required field is filled (or adopted). */
  workshopsDone: readonly WorkshopNumber[];
  /** Meetings that have started by now (the first one is the kick-off). */
  meetingsHeld: number;
  /** Each scored compass run's energy (mean of its dimension medians, 1–5), oldest first. */
  compassEnergy: readonly number[];
}

/** A compass run at or below this energy says the community is running out of steam. */
export const lowEnergy = 2.5;
/** A fall of this much since the previous run says the same, whatever the level. */
export const energyDrop = 1;
/** Meetings after which a community with its rituals and decision rules settled is growing. */
export const meetingsForGrowth = 3;

/**
 * The phase Élan suggests from what happened: no meeting yet is preparation (the kick-off is still to come);
 * once started, a low or falling compass calls for reorientation; with rituals and decision rules settled (W3, W4)
 * and a few meetings held it is growth; otherwise start-up.
 */
export function suggestPhase(facts: PhaseFacts): LifePhase {
  if (facts.meetingsHeld === 0) return 'preparation';
  const latest = facts.compassEnergy.at(-1);
  const previous = facts.compassEnergy.at(-2);
  if (latest !== undefined && (latest <= lowEnergy || (previous !== undefined && previous - latest >= energyDrop))) return 'reorientation';
  const settled = facts.workshopsDone.includes(3) && facts.workshopsDone.includes(4);
  return settled && facts.meetingsHeld >= meetingsForGrowth ? 'growth' : 'startUp';
}

/** The workshops of each phase, in the order to do them (WORKSHOPS.md §2's mapping). */
export const phaseWorkshops: Record<LifePhase, readonly WorkshopNumber[]> = {
  preparation: [1, 2, 5, 3, 4],
  startUp: [3, 4, 6],
  growth: [6, 5],
  // Re-examine the purpose and the project first.
  reorientation: [1, 2],
};

/** The phase's next workshop: its first one not done, else its first one (to revisit). */
export function nextWorkshop(phase: LifePhase, workshopsDone: readonly WorkshopNumber[]): WorkshopNumber {
  const own = phaseWorkshops[phase];
  return own.find((n) => !workshopsDone.includes(n)) ?? own[0]!;
}

/** The energy of one compass run: the mean of its scored dimensions' medians; null when nothing is scored. */
export function compassEnergyOf(medians: readonly (number | null)[]): number | null {
  const scored = medians.filter((m): m is number => m !== null);
  return scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
}

/** A community's phase as the tab reads it. */
export interface LifePhaseView {
  suggested: LifePhase;
  /** The phase a facilitator confirmed; absent while none did. */
  confirmed?: LifePhase;
  /** When it was confirmed, and by whom. */
  changedAt?: string;
  changedBy?: Author;
  /** The workshop to do next in the phase shown (the confirmed one, else the suggestion). */
  nextWorkshop: WorkshopNumber;
  /** When the next planned meeting starts (workshop 3's plans); null when none is planned. */
  nextMeetingAt: string | null;
}

/** The view of a phase from the facts, what is stored and the next meeting. */
export function lifePhaseView(facts: PhaseFacts, stored: StoredLifePhase | undefined, nextMeetingAt: string | null): LifePhaseView {
  const suggested = suggestPhase(facts);
  const shown = stored?.phase ?? suggested;
  const view: LifePhaseView = { suggested, nextWorkshop: nextWorkshop(shown, facts.workshopsDone), nextMeetingAt };
  return stored ? { ...view, confirmed: stored.phase, changedAt: stored.confirmedAt, changedBy: stored.confirmedBy } : view;
}
