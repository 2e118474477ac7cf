import type { Community, Membership, Principal } from './community';
import { ForbiddenError, NotFoundError } from '../errors';
import { type Action, can } from '../policies/can';
import type { Stores } from '../stores';
import { acceptInvitations } from './invitations';

/**
 * Loads a community for a principal and checks the action against the policy.
 * Someone outside the community (or tenant) gets "not found", so ids reveal nothing.
 */
export async function authorize(
  stores: Stores,
  principal: Principal,
  communityId: string,
  action: Action,
): Promise<{ community: Community; membership: Membership }> {
  let membership = await stores.communities.membership(principal.tenantId, communityId, principal.userId);
  // Someone invited by UPN who opens the community before their list: take the invitation up now.
  if (!membership && principal.upn && (await acceptInvitations(stores, principal)) > 0)
    membership = await stores.communities.membership(principal.tenantId, communityId, principal.userId);
  if (!membership) throw new NotFoundError();
  const community = await stores.communities.get(principal.tenantId, communityId);
  if (!community) throw new NotFoundError();
  if (!can(membership.role, action)) throw new ForbiddenError();
  return { community, membership };
}

/**
 * The light check for hot paths (a member voting): only the membership row, possibly a few seconds
 * old. A membership row exists only inside an existing community's partition, so it proves both.
 */
export async function authorizeMember(
  stores: Stores,
  principal: Principal,
  communityId: string,
  action: Action,
  maxAgeMs: number,
): Promise<Membership> {
  const membership = await stores.communities.membership(principal.tenantId, communityId, principal.userId, { maxAgeMs });
  if (!membership) throw new NotFoundError();
  if (!can(membership.role, action)) throw new ForbiddenError();
  return membership;
}
