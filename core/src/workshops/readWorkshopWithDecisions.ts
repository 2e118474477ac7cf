import type { Principal } from '../community/community';
import { readWorkshop } from '../community/readCommunity';
import type { DecisionRecord } from '../decisions/decision';
import type { Stores } from '../stores';
import type { WorkshopNumber } from './registry';
import type { StoredWorkshop } from './workshopStore';

export interface ReadWorkshopWithDecisionsProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  n: WorkshopNumber;
}

/** Reads one workshop's stored draft with the decision log, which says whether the version stored now was adopted. */
export async function readWorkshopWithDecisions({
  stores,
  principal,
  communityId,
  n,
}: ReadWorkshopWithDecisionsProps): Promise<{ workshop: StoredWorkshop; decisions: DecisionRecord[] }> {
  const [workshop, decisions] = await Promise.all([
    readWorkshop(stores, principal, communityId, n),
    // Read beside the check to save a round trip: nothing of it comes back when the check fails.
    stores.decisions.list(principal.tenantId, communityId),
  ]);
  return { workshop, decisions };
}
