import type { CommunityTaskInput } from '@elan/core/tasks/communityTask';
import type { TaskListView } from '@elan/core/tasks/taskCommands';
import type { ApiClient } from '../api/client';

const path = (communityId: string) => `/api/communities/${encodeURIComponent(communityId)}/tasks`;

/** The facilitators' task list (facilitators only). */
export async function getTasks(api: ApiClient, communityId: string): Promise<TaskListView> {
  return (await api.request<TaskListView>('GET', path(communityId))).data;
}

/** Adds a task; answers the list with it. */
export async function addTask(api: ApiClient, communityId: string, task: CommunityTaskInput): Promise<TaskListView> {
  return (await api.request<TaskListView>('POST', path(communityId), { body: task })).data;
}

/** Removes a task (done or dropped); answers the list without it. */
export async function removeTask(api: ApiClient, communityId: string, taskId: string): Promise<TaskListView> {
  return (await api.request<TaskListView>('DELETE', path(communityId), { body: { taskId } })).data;
}
