import { createCommunity } from '@elan/core/commands/createCommunity';
import { readCommunity } from '@elan/core/commands/readCommunity';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `POST /api/communities`: create; the creator becomes facilitator. */
export const createCommunityRoute: Route = {
  name: 'createCommunity',
  methods: ['POST'],
  route: 'communities',
  handler: authenticated(async ({ req, deps, principal }) => {
    const input = await readJson(req);
    const community = await createCommunity({ stores: deps.stores, principal, input, id: deps.newId(), now: deps.now() });
    const view = await readCommunity(deps.stores, principal, community.id);
    return json(201, view, { location: `/api/communities/${community.id}` });
  }),
};

/** `GET /api/communities/{id}`: the community with my role and workshop progress. */
export const readCommunityRoute: Route = {
  name: 'readCommunity',
  methods: ['GET'],
  route: 'communities/{id}',
  handler: authenticated(async ({ req, deps, principal }) => json(200, await readCommunity(deps.stores, principal, idParam(req, 'id')))),
};
