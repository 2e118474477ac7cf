import { readNewcomerPulse } from '@elan/core/community/newcomerPulseRead';
import { authenticated, idParam } from '../http/handle';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET /api/communities/{id}/newcomer-pulse`: the newcomers' 30-day pulse, counts only from the threshold (facilitators). */
export const newcomerPulseRoute: Route = {
  name: 'newcomerPulse',
  methods: ['GET'],
  route: 'communities/{id}/newcomer-pulse',
  handler: authenticated(async ({ req, deps, principal }) =>
    json(200, await readNewcomerPulse(deps.stores, principal, idParam(req, 'id'))),
  ),
};
