import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import { assertNotArchived } from '../community/lifecycle';
import { DomainError } from '../errors';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { type CommunityTask, communityTaskInput, communityTaskMax, communityTaskRemoval } from './communityTask';

/** `GET|POST|DELETE …/tasks`: the facilitators' task list, oldest first. */
export interface TaskListView {
  tasks: CommunityTask[];
}

// The list is the facilitators' working notes (members and sponsors see none of it): `workshop.edit` is theirs.
const action = 'workshop.edit';

/** Reads the community's task list (facilitators). */
export async function readTasks(stores: Stores, principal: Principal, communityId: string): Promise<TaskListView> {
  await authorize(stores, principal, communityId, action);
  return { tasks: await stores.tasks.list(principal.tenantId, communityId) };
}

/** A facilitator adds a task (`id` new); bad input is refused with its field paths, a full list with `tasks.error.full`. */
export async function addTask(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  { id, now }: { id: string; now: string },
): Promise<TaskListView> {
  const { community } = await authorize(stores, principal, communityId, action);
  assertNotArchived(community);
  const parsed = parseInput(communityTaskInput, input);
  const tasks = await stores.tasks.list(principal.tenantId, communityId);
  if (tasks.length >= communityTaskMax) throw new DomainError('tasks.error.full', 409);
  const task: CommunityTask = {
    id,
    ...parsed,
    createdAt: now,
    createdBy: { userId: principal.userId, name: principal.name },
  };
  await stores.tasks.add(principal.tenantId, communityId, task);
  return { tasks: [...tasks, task] };
}

/** A facilitator removes a task (done or dropped); removing one not there changes nothing. An archived community keeps its list. */
export async function removeTask(stores: Stores, principal: Principal, communityId: string, input: unknown): Promise<TaskListView> {
  const { community } = await authorize(stores, principal, communityId, action);
  assertNotArchived(community);
  const { taskId } = parseInput(communityTaskRemoval, input);
  await stores.tasks.remove(principal.tenantId, communityId, taskId);
  return { tasks: await stores.tasks.list(principal.tenantId, communityId) };
}
