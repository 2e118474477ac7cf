import type { Persona } from '@elan/core/dev/personas';
import { ApiFailure, failureFromAnswer, readJson } from '../api/failure';

/** Where the API bearer token comes from; `invalidate` forgets a cached token the API refused. */
export interface TokenSource {
  get(): Promise<string>;
  invalidate(): void;
}

/** Tokens from Teams SSO (`authentication.getAuthToken`), which caches and refreshes them itself. */
export function teamsTokenSource(getToken: () => Promise<string>): TokenSource {
  return { get: getToken, invalidate: () => undefined };
}

/** Local preview: a token for `persona`, signed by the API's dev-only route `POST /api/dev/token`. */
export function devTokenSource(apiBase: string, persona: Persona, fetchImpl: typeof fetch = (...args) => fetch(...args)): TokenSource {
  let cached: Promise<string> | undefined;
  const request = async (): Promise<string> => {
    let res: Response;
    try {
      res = await fetchImpl(`${apiBase}/api/dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ userId: persona.userId, name: persona.name, tenantId: persona.tenantId }),
      });
    } catch {
      throw new ApiFailure(0, 'network', undefined, undefined);
    }
    const body = (await readJson(res)) as { token?: unknown } | undefined;
    if (!res.ok || typeof body?.token !== 'string') throw failureFromAnswer(res.ok ? 502 : res.status, body);
    return body.token;
  };
  return {
    get() {
      cached ??= request().catch((error: unknown) => {
        cached = undefined; // a failed attempt must not stick
        throw error;
      });
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
