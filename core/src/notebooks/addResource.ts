import type { Principal } from '../community/community';
import { ConflictError, NotFoundError } from '../errors';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { type Notebook, parseNotebookId, resourceInput } from './notebook';
import { openNotebook, saveNotebook } from './notebookCommands';

export interface AddResourceProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  /** The notebook to add to; opened (created) first when it is a meeting's or the between-meetings one. */
  notebookId: string;
  /** The resource as the person described it (its `id` is derived from what it is, so a retry finds it). */
  input: unknown;
  now: string;
}

/**
 * Adds one resource to a notebook, as the "Add to notebook" message action does. The resource's id comes from
 * the message and link, so a retried invoke finds it there and stores nothing twice; a concurrent edit of the
 * notebook is retried on the new version rather than lost.
 */
export async function addNotebookResource({ stores, principal, communityId, notebookId, input, now }: AddResourceProps): Promise<Notebook> {
  const ref = parseNotebookId(notebookId);
  if (!ref) throw new NotFoundError();
  const resource = parseInput(resourceInput, input);
  const opened = await openNotebook({ stores, principal, communityId, input: ref, now });
  let current = opened.notebook;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (current.resources.some((r) => r.id === resource.id)) return current;
    const { title, tags, minutes, summary, recording } = current;
    const resources = [...current.resources.map(({ sharedBy: _by, sharedAt: _at, ...r }) => r), resource];
    try {
      const saved = await saveNotebook({
        stores,
        principal,
        communityId,
        id: notebookId,
        input: { title, tags, minutes, summary, resources, ...(recording ? { recording } : {}) },
        ifMatch: current.etag,
        now,
      });
      return saved.notebook;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      current = (error.current as { notebook: Notebook }).notebook;
    }
  }
  throw new ConflictError(current);
}
