import type { MeView } from '../contract';
import type { Principal } from './community';
import { acceptInvitations } from './invitations';
import type { Stores } from '../stores';

export interface ReadMeProps {
  stores: Stores;
  principal: Principal;
}

/** Who the caller is and their communities with their role in each, taking up invitations made for their UPN first. */
export async function readMe({ stores, principal }: ReadMeProps): Promise<MeView> {
  // Someone a facilitator invited by UPN sees the community the first time they open Élan.
  await acceptInvitations(stores, principal);
  const communities = await stores.communities.listOfUser(principal.tenantId, principal.userId);
  return { userId: principal.userId, name: principal.name, tenantId: principal.tenantId, communities };
}
