import type { HttpResponseInit } from '@azure/functions';
import { attachment, docxContentType } from './contentDisposition';
import type { DocumentFile } from '@elan/core/documents/documentFile';
import { generateCharter } from '@elan/core/documents/generateCharter';
import { generateImpactReport } from '@elan/core/documents/generateImpactReport';
import { generateLegacy } from '@elan/core/documents/generateLegacy';
import { generationContext } from './documentContext';
import { authenticated, idParam } from '../http/handle';
import type { Route } from '../http/route';

/** A Word file as an HTTP answer: a download, never cached (it may hold members' names). */
function download(file: DocumentFile): HttpResponseInit {
  return {
    status: 200,
    body: file.bytes,
    headers: {
      'content-type': docxContentType,
      'content-disposition': attachment(file.fileName),
      'content-length': String(file.bytes.length),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  };
}

/** `GET /api/communities/{id}/charter.docx?lang=fr|en&audience=facilitators|sponsors` */
export const charterRoute: Route = {
  name: 'charterDocx',
  methods: ['GET'],
  route: 'communities/{id}/charter.docx',
  handler: authenticated(async ({ req, deps, principal }) =>
    download(await generateCharter(generationContext(deps), principal, idParam(req, 'id'), Object.fromEntries(req.query.entries()))),
  ),
};

/** `GET /api/communities/{id}/impact-report.docx?lang=fr|en` */
export const impactReportRoute: Route = {
  name: 'impactReportDocx',
  methods: ['GET'],
  route: 'communities/{id}/impact-report.docx',
  handler: authenticated(async ({ req, deps, principal }) =>
    download(await generateImpactReport(generationContext(deps), principal, idParam(req, 'id'), Object.fromEntries(req.query.entries()))),
  ),
};

/** `GET /api/communities/{id}/legacy.docx?lang=fr|en`: what the community leaves behind (public parts only). */
export const legacyRoute: Route = {
  name: 'legacyDocx',
  methods: ['GET'],
  route: 'communities/{id}/legacy.docx',
  handler: authenticated(async ({ req, deps, principal }) =>
    download(await generateLegacy(generationContext(deps), principal, idParam(req, 'id'), Object.fromEntries(req.query.entries()))),
  ),
};
