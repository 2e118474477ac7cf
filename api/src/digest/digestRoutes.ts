import { readMyDigest, setMyDigest } from '@elan/core/digest/digestCommands';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET/PUT /api/communities/{id}/digest/me`: a facilitator reads or sets when they get the weekly digest. */
export const myDigestRoute: Route = {
  name: 'myDigest',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/digest/me',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await readMyDigest(deps.stores, principal, communityId));
    return json(200, await setMyDigest(deps.stores, principal, communityId, await readJson(req), deps.now()));
  }),
};
