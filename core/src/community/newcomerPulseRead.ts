import type { Stores } from '../stores';
import { authorize } from './access';
import type { Principal } from './community';
import { newcomerPulseResults, type NewcomerPulseResults } from './newcomerPulse';

/**
 * `GET …/newcomer-pulse`: the newcomers' 30-day pulse for the community home, counts only from the surveys'
 * threshold. Facilitators only: it is one of the things they look after, as the digest that also carries it.
 */
export async function readNewcomerPulse(stores: Stores, principal: Principal, communityId: string): Promise<NewcomerPulseResults> {
  await authorize(stores, principal, communityId, 'digest.receive');
  return newcomerPulseResults(stores, principal.tenantId, communityId);
}
