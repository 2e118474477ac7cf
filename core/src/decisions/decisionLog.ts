import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import type { Stores } from '../stores';
import type { DecisionRecord } from './decision';

/** The decision log of a community, oldest first, with the outcome statements. */
export async function listDecisions(stores: Stores, principal: Principal, communityId: string): Promise<DecisionRecord[]> {
  await authorize(stores, principal, communityId, 'community.read');
  return stores.decisions.list(principal.tenantId, communityId);
}
