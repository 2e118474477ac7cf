import type { HttpRequest } from '@azure/functions';
import { openSharedDocument } from '@elan/core/documents/sharedDocument';
import { attachment, docxContentType } from './contentDisposition';
import { keptFileContext } from './documentContext';
import { sendToSponsors } from './sponsorDelivery';
import { anonymous, authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** The API's public origin, as the caller reached it: signed links must point back here. */
export function publicOrigin(req: HttpRequest): string {
  return new URL(req.url).origin;
}

/** `POST /api/communities/{id}/documents/send` body `{kind:'charter'|'impactReport', lang?}` (facilitators). */
export const sendDocumentsRoute: Route = {
  name: 'sendDocuments',
  methods: ['POST'],
  route: 'communities/{id}/documents/send',
  handler: authenticated(async ({ req, deps, principal }) =>
    json(200, await sendToSponsors(deps, principal, idParam(req, 'id'), await readJson(req), publicOrigin(req))),
  ),
};

/**
 * `GET /api/documents/shared?token=…`: the anonymous download behind a signed link. 403 when the token is
 * forged or tampered with, 410 once it expired (or the kept file was purged).
 */
export const sharedDocumentRoute: Route = {
  name: 'sharedDocument',
  methods: ['GET'],
  route: 'documents/shared',
  handler: anonymous(async (req, deps) => {
    const kept = await openSharedDocument(
      keptFileContext(deps.documents, () => deps.now()),
      req.query.get('token'),
    );
    return {
      status: 200,
      body: kept.bytes,
      headers: {
        'content-type': docxContentType,
        'content-disposition': attachment(kept.fileName),
        'content-length': String(kept.bytes.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        // The link is a bearer secret: never pass it on in a Referer.
        'referrer-policy': 'no-referrer',
      },
    };
  }),
};
