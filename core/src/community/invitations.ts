import type { Membership, Principal } from './community';
import { invitePrefix } from './members';
import type { Stores } from '../stores';

/**
 * Turns the invitations made for this person's UPN into memberships, now that their object id is known
 * (called when they open Élan). Returns how many were taken up.
 */
export async function acceptInvitations(stores: Stores, principal: Principal): Promise<number> {
  if (!principal.upn) return 0;
  const inviteId = `${invitePrefix}${principal.upn.toLowerCase()}`;
  const invited = await stores.communities.listOfUser(principal.tenantId, inviteId);
  for (const community of invited) {
    await stores.communities.changeMember(principal.tenantId, community.id, (members) => {
      const invite = members.find((m) => m.userId === inviteId);
      if (!invite) return 'unchanged';
      const already = members.find((m) => m.userId === principal.userId);
      const put: Membership = {
        ...(already ?? invite),
        userId: principal.userId,
        name: already?.name || principal.name || invite.name,
        role: invite.role,
        status: 'active',
        upn: principal.upn!.toLowerCase(),
      };
      return { put, remove: inviteId };
    });
  }
  return invited.length;
}
