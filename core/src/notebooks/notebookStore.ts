import type { Notebook } from './notebook';

/** A notebook to store: everything but the version guard storage gives it. */
export type NotebookRecord = Omit<Notebook, 'etag'>;

export type NotebookSaveResult = { ok: true; notebook: Notebook } | { ok: false; current: Notebook };

/** Storage port for the notebooks of a community (one per meeting, and the "between meetings" one). */
export interface NotebookStore {
  get(tenantId: string, communityId: string, id: string): Promise<Notebook | undefined>;
  list(tenantId: string, communityId: string): Promise<Notebook[]>;
  /** Creates the notebook unless it exists (two people opening it at once get the same one); what is stored. */
  create(tenantId: string, communityId: string, notebook: NotebookRecord): Promise<{ created: boolean; notebook: Notebook }>;
  /** Replaces the notebook only if `etag` is still current; otherwise returns what is stored. */
  save(tenantId: string, communityId: string, notebook: NotebookRecord, etag: string): Promise<NotebookSaveResult>;
}
