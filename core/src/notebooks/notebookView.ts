import type { NotebookListView, NotebookView } from '../contract';
import type { ReaderNotebook } from './notebookCommands';
import type { NotebookHit } from './notebookSearch';

/** A notebook as the API sends it (already filtered for its reader). */
export function presentNotebook({ notebook, seesMinutes }: ReaderNotebook): NotebookView {
  return {
    id: notebook.id,
    ref: notebook.ref,
    format: notebook.format,
    title: notebook.title,
    tags: notebook.tags,
    minutes: notebook.minutes,
    summary: notebook.summary,
    resources: notebook.resources,
    recording: notebook.recording ?? null,
    status: notebook.status,
    capturedBy: notebook.capturedBy,
    takenOverBy: notebook.takenOverBy,
    approvedBy: notebook.approvedBy,
    approvedAt: notebook.approvedAt,
    updatedAt: notebook.updatedAt,
    updatedBy: notebook.updatedBy,
    etag: notebook.etag,
    seesMinutes,
  };
}

/** Search results as the API sends them: the notebooks found, and the resources that matched with their notebook. */
export function presentNotebookHits(hits: readonly NotebookHit[]): NotebookListView {
  return {
    notebooks: hits.map(({ notebook: n, matched }) => ({
      id: n.id,
      ref: n.ref,
      format: n.format,
      title: n.title,
      tags: n.tags,
      status: n.status,
      resourceCount: n.resources.length,
      updatedAt: n.updatedAt,
      matched,
    })),
    resources: hits.flatMap(({ notebook, resources }) =>
      resources.map((resource) => ({ notebookId: notebook.id, notebookTitle: notebook.title, resource })),
    ),
  };
}
