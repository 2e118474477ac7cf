import type { CommunityTask } from './communityTask';

/** Storage port for the facilitators' task list: one row per task, in the community's partition. */
export interface TaskStore {
  add(tenantId: string, communityId: string, task: CommunityTask): Promise<void>;
  remove(tenantId: string, communityId: string, taskId: string): Promise<void>;
  /** The tasks, oldest first. */
  list(tenantId: string, communityId: string): Promise<CommunityTask[]>;
}
