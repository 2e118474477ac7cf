import { readMe } from '@elan/core/community/readMe';
import { authenticated } from '../http/handle';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET /api/me`: who am I, my communities and my role in each (taking up invitations made for my UPN). */
export const meRoute: Route = {
  name: 'me',
  methods: ['GET'],
  route: 'me',
  handler: authenticated(async ({ deps, principal }) => json(200, await readMe({ stores: deps.stores, principal }))),
};
