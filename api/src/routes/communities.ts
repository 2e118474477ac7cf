import { createCommunity } from '@elan/core/commands/createCommunity';
import { readCommunity } from '@elan/core/commands/readCommunity';
import { eraseCommunity, exportCommunity } from '@elan/core/commands/privacy';
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

/** `GET /api/communities/{id}`: the community with my role and workshop progress; `DELETE` erases it all (body `{confirmName}`). */
export const readCommunityRoute: Route = {
  name: 'readCommunity',
  methods: ['GET', 'DELETE'],
  route: 'communities/{id}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'DELETE') {
      await eraseCommunity(deps.stores, principal, communityId, await readJson(req));
      return { status: 204 };
    }
    return json(200, await readCommunity(deps.stores, principal, communityId));
  }),
};

/** `GET /api/communities/{id}/export`: everything the community holds, as a JSON file (facilitators). */
export const exportCommunityRoute: Route = {
  name: 'exportCommunity',
  methods: ['GET'],
  route: 'communities/{id}/export',
  handler: authenticated(async ({ req, deps, principal }) => {
    const data = await exportCommunity(deps.stores, principal, idParam(req, 'id'), deps.now());
    return json(200, data, { 'content-disposition': `attachment; filename="elan-export-${data.community.id}.json"` });
  }),
};
