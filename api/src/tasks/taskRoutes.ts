import { randomUUID } from 'node:crypto';
import { addTask, readTasks, removeTask } from '@elan/core/tasks/taskCommands';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/**
 * `GET|POST|DELETE /api/communities/{id}/tasks`: the facilitators' task list on the home; they add one
 * (`{text, dimension?}`, 201) or remove one (`{taskId}`). Members and sponsors get 403.
 */
export const tasksRoute: Route = {
  name: 'tasks',
  methods: ['GET', 'POST', 'DELETE'],
  route: 'communities/{id}/tasks',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await readTasks(deps.stores, principal, communityId));
    if (req.method === 'POST')
      return json(201, await addTask(deps.stores, principal, communityId, await readJson(req), { id: randomUUID(), now: deps.now() }));
    return json(200, await removeTask(deps.stores, principal, communityId, await readJson(req)));
  }),
};
