import { approveNotebook, listNotebooks, openNotebook, readNotebook, saveNotebook } from '@elan/core/notebooks/notebookCommands';
import { presentNotebook, presentNotebookHits } from '@elan/core/notebooks/notebookView';
import type { ReaderNotebook } from '@elan/core/notebooks/notebookCommands';
import { DomainError } from '@elan/core/errors';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { ifMatch } from '../http/requestParams';
import { json } from '../http/respond';
import type { Route } from '../http/route';
import { maxJsonChars } from '../storage/jsonChunks';

// A 412 shows the notebook as stored now, as this reader may see it.
const presentConflict = (current: unknown) => presentNotebook(current as ReaderNotebook);
const answer = (status: number, seen: ReaderNotebook) => {
  const view = presentNotebook(seen);
  return json(status, view, { etag: view.etag });
};

/**
 * `GET /api/communities/{id}/notebooks?q=&tag=`: the notebooks (and resources) the reader may see, searched by text
 * and tag, accents and case folded; `POST` opens a meeting's notebook (body `{kind:'meeting', seriesId, date}`) or
 * the between-meetings one (`{kind:'between'}`), creating it the first time (201, else 200).
 */
export const notebooksRoute: Route = {
  name: 'notebooks',
  methods: ['GET', 'POST'],
  route: 'communities/{id}/notebooks',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') {
      const query = { text: (req.query.get('q') ?? '').slice(0, 200), tag: (req.query.get('tag') ?? '').slice(0, 40) };
      return json(200, presentNotebookHits(await listNotebooks(deps.stores, principal, communityId, query)));
    }
    const opened = await openNotebook({ stores: deps.stores, principal, communityId, input: await readJson(req), now: deps.now() });
    return answer(opened.created ? 201 : 200, opened);
  }, presentConflict),
};

/** `GET|PUT /api/communities/{id}/notebooks/{nid}`: read, or save with If-Match (200, 400, 404, 412, 428). */
export const notebookRoute: Route = {
  name: 'notebook',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/notebooks/{nid}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const id = idParam(req, 'nid');
    if (req.method === 'GET') return answer(200, await readNotebook(deps.stores, principal, communityId, id));
    const input = await readJson(req);
    if (JSON.stringify(input).length > maxJsonChars) throw new DomainError('error.payloadTooLarge', 413);
    const saved = await saveNotebook({ stores: deps.stores, principal, communityId, id, input, ifMatch: ifMatch(req), now: deps.now() });
    return answer(200, saved);
  }, presentConflict),
};

/** `POST /api/communities/{id}/notebooks/{nid}/approve` (If-Match): a facilitator approves the notebook. */
export const approveNotebookRoute: Route = {
  name: 'approveNotebook',
  methods: ['POST'],
  route: 'communities/{id}/notebooks/{nid}/approve',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const props = { stores: deps.stores, principal, communityId, id: idParam(req, 'nid'), ifMatch: ifMatch(req), now: deps.now() };
    const { announcement, ...approved } = await approveNotebook(props);
    // A new message, not an edit: the approval is news. Posting failures are logged by the announcer.
    if (announcement) await deps.announcer.notebookApproved(principal.tenantId, communityId, announcement);
    return answer(200, approved);
  }, presentConflict),
};
