import { compassDimensions, compassScores } from '../compass/compass';
import type { Meeting } from '../rituals/meeting';
import { ritualPlansOf } from '../rituals/ritualPlan';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { Stores } from '../stores';
import { workshopProgress } from '../workshops/progress';
import type { RitualsDraft } from '../workshops/rituals';
import type { StoredWorkshop } from '../workshops/workshopStore';
import type { Community } from './community';
import { type LifePhaseView, type PhaseFacts, compassEnergyOf, lifePhaseView } from './lifePhase';

// Only the latest two runs matter to the rules (a level and a fall).
const runsRead = 2;

/** The energy of the community's latest scored compass runs, oldest first. */
export async function compassEnergy(stores: Stores, community: Community): Promise<number[]> {
  const runs = (await stores.compass.listRuns(community.tenantId, community.id)).sort((a, b) => a.number - b.number).slice(-runsRead);
  const energies = await Promise.all(
    runs.map(async (run) => {
      const scores = compassScores(await stores.compass.listResponses(community.tenantId, community.id, run.number));
      return scores ? compassEnergyOf(compassDimensions.map((d) => scores[d]?.median ?? null)) : null;
    }),
  );
  return energies.filter((e): e is number => e !== null);
}

/**
 * What happened in a community, as of `now`, from its stored workshops and meetings and its compass runs;
 * `energy` is the compass read when the caller started it beside its own reads.
 */
export async function phaseFacts(
  stores: Stores,
  community: Community,
  workshops: readonly StoredWorkshop[],
  meetings: readonly Meeting[],
  now: Date,
  energy: Promise<number[]> = compassEnergy(stores, community),
): Promise<PhaseFacts> {
  return {
    workshopsDone: workshops.filter((w) => workshopProgress(w.n, w.data).state === 'done').map((w) => w.n),
    meetingsHeld: meetings.filter((m) => Date.parse(m.startsAt) <= now.getTime()).length,
    compassEnergy: await energy,
  };
}

/** A community's phase as the tab reads it: the suggestion, the confirmed phase and the next meeting. */
export async function readLifePhase(
  stores: Stores,
  community: Community,
  workshops: readonly StoredWorkshop[],
  meetings: readonly Meeting[],
  now: Date,
  energy?: Promise<number[]>,
): Promise<LifePhaseView> {
  const facts = await phaseFacts(stores, community, workshops, meetings, now, energy);
  const w3 = (workshops.find((w) => w.n === 3)?.data ?? {}) as RitualsDraft;
  const next = ritualPlansOf(w3)
    .flatMap((plan) => upcomingMeetings(plan, now, 1))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return lifePhaseView(facts, community.lifePhase, next ? next.startsAt.toISOString() : null);
}
