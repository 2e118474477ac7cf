import { type CharterStatus, charterStatus } from '../documents/charter/charterStatus';
import type { Community, Principal, Role } from './community';
import type { CharterStatusView, CommunityView, WorkshopSummary } from '../contract';
import type { DecisionRecord } from '../decisions/decision';
import { NotFoundError } from '../errors';
import type { StoredWorkshop } from '../workshops/workshopStore';
import type { Stores } from '../stores';
import { workshopProgress } from '../workshops/progress';
import type { WorkshopNumber } from '../workshops/registry';
import { authorize } from './access';
import { lifecycleOf } from './lifecycle';
import { compassEnergy, readLifePhase } from './lifePhaseFacts';
import { ritualPlansOf } from '../rituals/ritualPlan';
import { inPersonYear } from '../rituals/seriesCalendar';
import type { RitualsDraft } from '../workshops/rituals';

/**
 * Summarises a stored workshop with its state and what is missing. A workshop is adopted when a
 * decision adopted the very version stored now; any later edit puts it back to the group.
 */
export function summarizeWorkshop(w: StoredWorkshop, decisions: readonly DecisionRecord[] = []): WorkshopSummary {
  const { state, missing } = workshopProgress(w.n, w.data);
  const adoption = decisions.filter((d) => d.workshop === w.n && d.workshopVersion === w.version && d.outcome === 'adopted').at(-1);
  const base = { n: w.n, missing, version: w.version, updatedAt: w.updatedAt, updatedBy: w.updatedBy };
  return adoption && w.version > 0 ? { ...base, state: 'adopted', adoptedBy: adoption.number } : { ...base, state };
}

/** Describes a community and the progress of its six workshops, as seen with `role`; `now` dates the in-person year. */
export async function describeCommunity(stores: Stores, community: Community, role: Role, now: string): Promise<CommunityView> {
  // The compass read for the life phase starts with the others: every home view reads the community.
  const energy = compassEnergy(stores, community);
  const [workshops, decisions, meetings] = await Promise.all([
    stores.workshops.list(community.tenantId, community.id),
    stores.decisions.list(community.tenantId, community.id),
    stores.meetings.list(community.tenantId, community.id),
    energy,
  ]);
  const rituals = (workshops.find((w) => w.n === 3)?.data ?? {}) as RitualsDraft;
  const lifePhase = await readLifePhase(stores, community, workshops, meetings, new Date(now), energy);
  return {
    id: community.id,
    name: community.name,
    language: community.language,
    createdAt: community.createdAt,
    role,
    workshops: workshops.sort((a, b) => a.n - b.n).map((w) => summarizeWorkshop(w, decisions)),
    charter: charterStatusView(charterStatus(decisions, workshops)),
    inPerson: inPersonYear(rituals, ritualPlansOf(rituals), meetings, new Date(now)),
    lifecycle: lifecycleOf(community),
    lifePhase,
  };
}

/** The charter's status for the wire. */
function charterStatusView(status: CharterStatus): CharterStatusView {
  if (status.kind === 'draft') return { status: 'draft' };
  const adopted = { decisionNumber: status.decision.number, adoptedAt: status.decision.decidedAt };
  return status.kind === 'adopted'
    ? { status: 'adopted', ...adopted }
    : { status: 'amendedSinceAdoption', ...adopted, since: status.since };
}

/** Reads a community with the caller's role and the progress of its six workshops, as of `now`. */
export async function readCommunity(stores: Stores, principal: Principal, communityId: string, now: string): Promise<CommunityView> {
  const { community, membership } = await authorize(stores, principal, communityId, 'community.read');
  return describeCommunity(stores, community, membership.role, now);
}

/** Reads one workshop's stored draft. */
export async function readWorkshop(stores: Stores, principal: Principal, communityId: string, n: WorkshopNumber): Promise<StoredWorkshop> {
  await authorize(stores, principal, communityId, 'workshop.read');
  const workshop = await stores.workshops.get(principal.tenantId, communityId, n);
  if (!workshop) throw new NotFoundError();
  return workshop;
}
