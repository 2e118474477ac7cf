import { odata } from '@azure/data-tables';
import type { CommunityTask } from '@elan/core/tasks/communityTask';
import type { TaskStore } from '@elan/core/tasks/taskStore';
import { type Tables, communityPartition } from '../storage/tables';

const rowKey = (taskId: string) => `task|${encodeURIComponent(taskId)}`;

interface TaskRow {
  task: string;
  createdAt: string;
}

/** Table Storage adapter for the facilitators' task list: one row per task, in the community's partition. */
export class TaskRepository implements TaskStore {
  constructor(private readonly tables: Tables) {}

  async add(tenantId: string, communityId: string, task: CommunityTask): Promise<void> {
    await this.tables.communities.createEntity({
      partitionKey: communityPartition(tenantId, communityId),
      rowKey: rowKey(task.id),
      task: JSON.stringify(task),
      createdAt: task.createdAt,
    });
  }

  async remove(tenantId: string, communityId: string, taskId: string): Promise<void> {
    await this.tables.communities.deleteEntity(communityPartition(tenantId, communityId), rowKey(taskId)).catch(() => undefined);
  }

  async list(tenantId: string, communityId: string): Promise<CommunityTask[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows: TaskRow[] = [];
    for await (const row of this.tables.communities.listEntities<TaskRow>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'task|'} and RowKey lt ${'task}'}` },
    }))
      rows.push({ task: row.task, createdAt: row.createdAt });
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((r) => JSON.parse(r.task) as CommunityTask);
  }
}
