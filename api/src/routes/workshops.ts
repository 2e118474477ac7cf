import { readWorkshop } from '@elan/core/commands/readCommunity';
import { saveWorkshop } from '@elan/core/commands/saveWorkshop';
import { DomainError, NotFoundError } from '@elan/core/errors';
import { parseWorkshopNumber, type WorkshopNumber } from '@elan/core/workshops/registry';
import type { HttpRequest } from '@azure/functions';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';
import { maxJsonChars } from '../storage/jsonChunks';
import { presentWorkshop } from './presenters';

function workshopParam(req: HttpRequest): WorkshopNumber {
  const n = parseWorkshopNumber(req.params['n']);
  if (!n) throw new NotFoundError();
  return n;
}

/** `GET|PUT /api/communities/{id}/workshops/{n}`: read, or save with If-Match (200, 400, 412, 428). */
export const workshopRoute: Route = {
  name: 'workshop',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/workshops/{n}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const n = workshopParam(req);
    if (req.method === 'GET') {
      const view = presentWorkshop(await readWorkshop(deps.stores, principal, communityId, n));
      return json(200, view, { etag: view.etag });
    }
    const input = await readJson(req);
    if (JSON.stringify(input).length > maxJsonChars) throw new DomainError('error.payloadTooLarge', 413);
    const ifMatch = req.headers.get('if-match') ?? undefined;
    const saved = presentWorkshop(
      await saveWorkshop({ stores: deps.stores, principal, communityId, n, input, ifMatch: ifMatch === '*' ? undefined : ifMatch }),
    );
    return json(200, saved, { etag: saved.etag });
  }),
};
