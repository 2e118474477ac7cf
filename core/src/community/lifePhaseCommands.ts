import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { ConflictError } from '../errors';
import { authorize } from './access';
import type { Principal } from './community';
import { assertNotArchived } from './lifecycle';
import { type LifePhaseView, type StoredLifePhase, lifePhaseInput } from './lifePhase';
import { readLifePhase } from './lifePhaseFacts';

export interface ConfirmLifePhaseProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  /** The body: `{phase}`. */
  input: unknown;
  now: string;
}

/** The community's phase view, read again (after a change, or to show a conflicting one). */
async function phaseOf(stores: Stores, principal: Principal, communityId: string, now: string): Promise<LifePhaseView> {
  const community = await stores.communities.get(principal.tenantId, communityId);
  const [workshops, meetings] = await Promise.all([
    stores.workshops.list(principal.tenantId, communityId),
    stores.meetings.list(principal.tenantId, communityId),
  ]);
  return readLifePhase(stores, community!, workshops, meetings, new Date(now));
}

/**
 * A facilitator confirms the community's phase (Élan's suggestion or another one). Confirming the phase already
 * confirmed changes nothing; a caller who read an older confirmation (`changedAt`), or two facilitators confirming
 * at once, get a conflict with the phase stored, so no change is lost unseen.
 */
export async function confirmLifePhase({ stores, principal, communityId, input, now }: ConfirmLifePhaseProps): Promise<LifePhaseView> {
  const { community } = await authorize(stores, principal, communityId, 'community.phase');
  const { phase, changedAt } = parseInput(lifePhaseInput, input);
  assertNotArchived(community);
  const current = community.lifePhase;
  // The caller decided on an older confirmation than the one stored: show them that one.
  if (changedAt !== undefined && changedAt !== (current?.confirmedAt ?? null))
    throw new ConflictError(await phaseOf(stores, principal, communityId, now));
  if (current?.phase !== phase) {
    const next: StoredLifePhase = { phase, confirmedAt: now, confirmedBy: { userId: principal.userId, name: principal.name } };
    if (!(await stores.communities.setLifePhase(principal.tenantId, communityId, next, current?.confirmedAt ?? null)))
      throw new ConflictError(await phaseOf(stores, principal, communityId, now));
  }
  return phaseOf(stores, principal, communityId, now);
}
