import { addMember } from '@elan/core/commands/addMember';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `POST /api/communities/{id}/members`: a facilitator adds a person or changes their role. */
export const addMemberRoute: Route = {
  name: 'addMember',
  methods: ['POST'],
  route: 'communities/{id}/members',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const input = await readJson(req);
    return json(201, await addMember(deps.stores, principal, communityId, input));
  }),
};
