import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Principal } from '@elan/core/community/community';
import { NotFoundError } from '@elan/core/errors';
import { authenticate } from '../auth/tokenVerifier';
import { presentWorkshop } from '@elan/core/workshops/workshopView';
import { errorResponse, json } from './respond';
import { type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import type { Deps, Route } from './route';

/** What an authenticated handler receives. */
export interface Call {
  req: HttpRequest;
  deps: Deps;
  principal: Principal;
  locale: Locale;
}

// Ids become Table Storage keys: anything else cannot exist, so it is simply not found.
const idPattern = /^[A-Za-z0-9-]{1,64}$/;

/** Reads a route parameter that names an entity; a malformed one is a 404. */
export function idParam(req: HttpRequest, name: string): string {
  const value = req.params[name];
  if (!value || !idPattern.test(value)) throw new NotFoundError();
  return value;
}

/**
 * Wraps a handler: language, authentication, and every error turned into a clear JSON answer. `presentConflict`
 * renders what a 412 says is stored now (a workshop unless the route says otherwise).
 */
export function authenticated(
  fn: (call: Call) => Promise<HttpResponseInit>,
  presentConflict: (current: unknown) => unknown = (current) => presentWorkshop(current as never),
): Route['handler'] {
  return async (req, deps) => {
    const locale = pickLocale(req.headers.get('accept-language'));
    try {
      const principal = await authenticate(deps.verifier, req.headers.get('authorization'));
      if (req.method !== 'GET') {
        const wait = deps.writeLimiter.take(`${principal.tenantId}|${principal.userId}`);
        if (wait > 0)
          return json(
            429,
            { error: { code: 'error.tooManyRequests', message: translate(locale, 'error.tooManyRequests') } },
            { 'retry-after': String(wait) },
          );
      }
      return await fn({ req, deps, principal, locale });
    } catch (error) {
      return errorResponse(error, locale, presentConflict);
    }
  };
}

/** Wraps a handler that needs no token (health, dev token). */
export function anonymous(fn: (req: HttpRequest, deps: Deps, locale: Locale) => Promise<HttpResponseInit>): Route['handler'] {
  return async (req, deps) => {
    const locale = pickLocale(req.headers.get('accept-language'));
    try {
      return await fn(req, deps, locale);
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
