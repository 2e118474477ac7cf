import { readMyMonthly, setMyMonthly } from '@elan/core/monthly/monthlyCommands';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET/PUT /api/communities/{id}/monthly/me`: a member reads or turns on and off their monthly summary. */
export const myMonthlyRoute: Route = {
  name: 'myMonthly',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/monthly/me',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await readMyMonthly(deps.stores, principal, communityId));
    return json(200, await setMyMonthly(deps.stores, principal, communityId, await readJson(req), deps.now()));
  }),
};
