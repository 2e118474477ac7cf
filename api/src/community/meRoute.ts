import { acceptInvitations } from '@elan/core/community/invitations';
import type { MeView } from '@elan/core/contract';
import { authenticated } from '../http/handle';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET /api/me`: who am I, my communities and my role in each (taking up invitations made for my UPN). */
export const meRoute: Route = {
  name: 'me',
  methods: ['GET'],
  route: 'me',
  handler: authenticated(async ({ deps, principal }) => {
    // Someone a facilitator invited by UPN sees the community the first time they open Élan.
    await acceptInvitations(deps.stores, principal);
    const communities = await deps.stores.communities.listOfUser(principal.tenantId, principal.userId);
    const body: MeView = { userId: principal.userId, name: principal.name, tenantId: principal.tenantId, communities };
    return json(200, body);
  }),
};
