import { odata, RestError, type TableEntityResult } from '@azure/data-tables';
import type { Notebook } from '@elan/core/notebooks/notebook';
import type { NotebookRecord, NotebookSaveResult, NotebookStore } from '@elan/core/notebooks/notebookStore';
import { fromChunks, toChunks } from '../storage/jsonChunks';
import { type Tables, communityPartition } from '../storage/tables';

const rowKey = (id: string) => `notebook|${id}`;

type Row = TableEntityResult<Record<string, unknown>>;

const toNotebook = (row: Row): Notebook => ({ ...(JSON.parse(fromChunks(row)) as NotebookRecord), etag: row.etag });

/**
 * Table Storage adapter for notebooks, in the community's partition (erasing the community erases them). One row
 * per notebook holding it as JSON (split across properties, minutes can be long), replaced under its ETag.
 */
export class NotebookRepository implements NotebookStore {
  constructor(private readonly tables: Tables) {}

  async get(tenantId: string, communityId: string, id: string): Promise<Notebook | undefined> {
    try {
      return toNotebook(await this.tables.communities.getEntity(communityPartition(tenantId, communityId), rowKey(id)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async list(tenantId: string, communityId: string): Promise<Notebook[]> {
    const pk = communityPartition(tenantId, communityId);
    const list: Notebook[] = [];
    for await (const row of this.tables.communities.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'notebook|'} and RowKey lt ${'notebook}'}` },
    }))
      list.push(toNotebook(row as Row));
    return list;
  }

  async create(tenantId: string, communityId: string, notebook: NotebookRecord): Promise<{ created: boolean; notebook: Notebook }> {
    const partitionKey = communityPartition(tenantId, communityId);
    try {
      const response = await this.tables.communities.createEntity({
        partitionKey,
        rowKey: rowKey(notebook.id),
        ...toChunks(JSON.stringify(notebook)),
      });
      return { created: true, notebook: { ...notebook, etag: response.etag ?? '' } };
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 409)) throw error;
      return { created: false, notebook: (await this.get(tenantId, communityId, notebook.id))! };
    }
  }

  async save(tenantId: string, communityId: string, notebook: NotebookRecord, etag: string): Promise<NotebookSaveResult> {
    const partitionKey = communityPartition(tenantId, communityId);
    try {
      const response = await this.tables.communities.updateEntity(
        { partitionKey, rowKey: rowKey(notebook.id), ...toChunks(JSON.stringify(notebook)) },
        'Replace',
        { etag },
      );
      return { ok: true, notebook: { ...notebook, etag: response.etag ?? '' } };
    } catch (error) {
      // 412: someone saved in between.
      if (error instanceof RestError && error.statusCode === 412)
        return { ok: false, current: (await this.get(tenantId, communityId, notebook.id))! };
      throw error;
    }
  }
}
