import http from 'node:http';
import { HttpRequest, type HttpResponseInit } from '@azure/functions';
import { pickLocale, translate } from '@elan/core/i18n/translate';
import type { MessageKey } from '@elan/core/i18n/fr';
import type { Deps, Route } from '../http/route';
import { maxBodyBytes } from '../http/readJson';
import { compileRoutes } from './routeMatcher';

/**
 * A small HTTP host that serves the same route table the Functions app registers, so `npm start` needs
 * no Azure Functions Core Tools. Requests and responses are converted to and from @azure/functions types.
 */
export function createLocalHost(routes: readonly Route[], deps: Deps): http.Server {
  const match = compileRoutes(routes);
  const allowedOrigins = new Set(deps.config.corsOrigins);

  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const origin = req.headers.origin;
      const cors: Record<string, string> =
        origin && allowedOrigins.has(origin)
          ? {
              'access-control-allow-origin': origin,
              'access-control-allow-headers': 'authorization, content-type, if-match, accept-language',
              'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
              'access-control-expose-headers': 'etag, location, retry-after, content-disposition',
              vary: 'origin',
            }
          : {};
      const fail = (status: number, key: MessageKey) => {
        const message = translate(pickLocale(req.headers['accept-language']), key);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...cors });
        res.end(JSON.stringify({ error: { code: key, message } }));
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        return res.end();
      }
      const candidates = match(url.pathname);
      if (candidates.length === 0) return fail(404, 'error.notFound');
      const found = candidates.find((c) => c.route.methods.includes(req.method as never));
      if (!found) return fail(405, 'error.methodNotAllowed');

      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > maxBodyBytes) {
          // Stop reading and close the connection: the unread rest of the body must not be taken for the
          // next request on this socket (a keep-alive client would otherwise hang or be reset).
          res.setHeader('connection', 'close');
          return fail(413, 'error.payloadTooLarge');
        }
        chunks.push(chunk as Buffer);
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new HttpRequest({
        method: req.method,
        url: `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`,
        headers,
        params: found.params,
        query: Object.fromEntries(url.searchParams),
        body: hasBody ? { bytes: Buffer.concat(chunks) } : undefined,
      });
      const result: HttpResponseInit = await found.route.handler(request, deps);
      const outHeaders = { ...Object.fromEntries(new Headers(result.headers as ConstructorParameters<typeof Headers>[0])), ...cors };
      let body: string | Uint8Array | undefined;
      if (result.jsonBody !== undefined) {
        body = JSON.stringify(result.jsonBody);
        outHeaders['content-type'] ??= 'application/json; charset=utf-8';
      } else if (typeof result.body === 'string' || result.body instanceof Uint8Array) {
        body = result.body;
      }
      res.writeHead(result.status ?? 200, outHeaders);
      res.end(body);
    })().catch((error: unknown) => {
      console.error('local host error', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'error.internal', message: translate('fr', 'error.internal') } }));
    });
  });
}
