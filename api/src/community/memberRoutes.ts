import type { HttpRequest } from '@azure/functions';
import { addMember, changeMemberRole, listCommunityMembers, removeMember } from '@elan/core/community/memberCommands';
import { NotFoundError } from '@elan/core/errors';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

// Entra object ids, the Playground's ids, and invitations (`upn:name@org`): nothing a Table key forbids.
const memberIdPattern = /^[A-Za-z0-9._:@-]{1,300}$/;

/** Reads the `{userId}` route parameter; a malformed one cannot exist, so it is a 404. */
function memberParam(req: HttpRequest): string {
  const value = req.params['userId'];
  if (!value || !memberIdPattern.test(value)) throw new NotFoundError();
  return value;
}

/** `GET /api/communities/{id}/members`: everyone; `POST`: a facilitator adds a person by Entra account. */
export const membersRoute: Route = {
  name: 'members',
  methods: ['GET', 'POST'],
  route: 'communities/{id}/members',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await listCommunityMembers(deps.stores, principal, communityId));
    const input = await readJson(req);
    return json(201, await addMember({ stores: deps.stores, principal, communityId, now: deps.now() }, input));
  }),
};

/** `PATCH /api/communities/{id}/members/{userId}` changes a role; `DELETE` removes a hand-added person. */
export const memberRoute: Route = {
  name: 'member',
  methods: ['PATCH', 'DELETE'],
  route: 'communities/{id}/members/{userId}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const userId = memberParam(req);
    const props = { stores: deps.stores, principal, communityId, now: deps.now() };
    if (req.method === 'DELETE') {
      await removeMember(props, userId);
      return json(200, { removed: true });
    }
    return json(200, await changeMemberRole(props, userId, await readJson(req)));
  }),
};
