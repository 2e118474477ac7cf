import type { HttpRequest } from '@azure/functions';
import { readWorkshopWithDecisions } from '@elan/core/workshops/readWorkshopWithDecisions';
import { saveWorkshop } from '@elan/core/workshops/saveWorkshop';
import { listWorkshopVersions, readWorkshopVersion, restoreWorkshopVersion } from '@elan/core/workshops/workshopVersions';
import type { VersionSummary, WorkshopVersionView } from '@elan/core/contract';
import { DomainError, NotFoundError } from '@elan/core/errors';
import { parseWorkshopNumber, type WorkshopNumber } from '@elan/core/workshops/registry';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { ifMatch, numberParam } from '../http/requestParams';
import { json } from '../http/respond';
import type { Route } from '../http/route';
import { maxJsonChars } from '../storage/jsonChunks';
import { presentWorkshop } from '@elan/core/workshops/workshopView';

function workshopParam(req: HttpRequest): WorkshopNumber {
  const n = parseWorkshopNumber(req.params['n']);
  if (!n) throw new NotFoundError();
  return n;
}

const versionParam = (req: HttpRequest) => numberParam(req, 'version');

/** `GET|PUT /api/communities/{id}/workshops/{n}`: read, or save with If-Match (200, 400, 412, 428). */
export const workshopRoute: Route = {
  name: 'workshop',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/workshops/{n}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const n = workshopParam(req);
    if (req.method === 'GET') {
      const { workshop, decisions } = await readWorkshopWithDecisions({ stores: deps.stores, principal, communityId, n });
      const view = presentWorkshop(workshop, decisions);
      return json(200, view, { etag: view.etag });
    }
    const input = await readJson(req);
    if (JSON.stringify(input).length > maxJsonChars) throw new DomainError('error.payloadTooLarge', 413);
    const saved = presentWorkshop(await saveWorkshop({ stores: deps.stores, principal, communityId, n, input, ifMatch: ifMatch(req) }));
    return json(200, saved, { etag: saved.etag });
  }),
};

/** `GET /api/communities/{id}/workshops/{n}/versions`: who saved what and when, newest first. */
export const workshopVersionsRoute: Route = {
  name: 'workshopVersions',
  methods: ['GET'],
  route: 'communities/{id}/workshops/{n}/versions',
  handler: authenticated(async ({ req, deps, principal }) =>
    json(200, {
      versions: await listWorkshopVersions(deps.stores, principal, idParam(req, 'id'), workshopParam(req)),
    } satisfies { versions: VersionSummary[] }),
  ),
};

/** `GET /api/communities/{id}/workshops/{n}/versions/{version}`: one earlier version with its data. */
export const workshopVersionRoute: Route = {
  name: 'workshopVersion',
  methods: ['GET'],
  route: 'communities/{id}/workshops/{n}/versions/{version}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const w = await readWorkshopVersion(deps.stores, principal, idParam(req, 'id'), workshopParam(req), versionParam(req));
    const view: WorkshopVersionView = { n: w.n, version: w.version, data: w.data, updatedAt: w.updatedAt, updatedBy: w.updatedBy };
    return json(200, view);
  }),
};

/** `POST /api/communities/{id}/workshops/{n}/versions/{version}/restore`: saves that version's data as a new version. */
export const restoreWorkshopVersionRoute: Route = {
  name: 'restoreWorkshopVersion',
  methods: ['POST'],
  route: 'communities/{id}/workshops/{n}/versions/{version}/restore',
  handler: authenticated(async ({ req, deps, principal }) => {
    const props = {
      stores: deps.stores,
      principal,
      communityId: idParam(req, 'id'),
      n: workshopParam(req),
      version: versionParam(req),
      ifMatch: ifMatch(req),
    };
    const saved = presentWorkshop(await restoreWorkshopVersion(props));
    return json(200, saved, { etag: saved.etag });
  }),
};
