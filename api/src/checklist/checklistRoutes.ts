import { readMyChecklist, saveMyChecklist } from '@elan/core/checklist/checklistCommands';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET/PUT /api/communities/{id}/checklist/me`: a facilitator reads or saves their own competence checklist. */
export const myChecklistRoute: Route = {
  name: 'myChecklist',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/checklist/me',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await readMyChecklist(deps.stores, principal, communityId));
    return json(200, await saveMyChecklist(deps.stores, principal, communityId, await readJson(req), deps.now()));
  }),
};
