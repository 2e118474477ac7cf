import type { Locale } from '@elan/core/i18n/translate';
import type { TokenSource } from '../auth/token';
import { ApiFailure, failureFromAnswer, readJson } from './failure';

export interface ApiResponse<T> {
  data: T;
  /** The ETag header, when the API exposes it. */
  etag: string | undefined;
}

export interface RequestOptions {
  body?: unknown;
  ifMatch?: string;
}

/** Talks JSON to the Élan API with the user's token and language. */
export interface ApiClient {
  request<T>(method: 'GET' | 'POST' | 'PUT', path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
}

export interface ApiClientDeps {
  apiBase: string;
  tokens: TokenSource;
  /** Read on every request, so a language switch applies at once. */
  locale: () => Locale;
  fetchImpl?: typeof fetch;
}

/** Creates the client; a 401 refreshes the token once, since cached tokens expire. */
export function createApiClient({ apiBase, tokens, locale, fetchImpl = (...args) => fetch(...args) }: ApiClientDeps): ApiClient {
  async function send(method: string, path: string, options: RequestOptions, retried: boolean): Promise<Response> {
    let token: string;
    try {
      token = await tokens.get();
    } catch (error) {
      // Teams SSO rejects with a bare string when consent or sign-in is missing.
      throw error instanceof ApiFailure ? error : new ApiFailure(401, 'unauthorized', undefined, undefined);
    }
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale(), Authorization: `Bearer ${token}` };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
    let res: Response;
    try {
      res = await fetchImpl(`${apiBase}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new ApiFailure(0, 'network', undefined, undefined);
    }
    if (res.status === 401 && !retried) {
      tokens.invalidate();
      return send(method, path, options, true);
    }
    return res;
  }

  return {
    async request<T>(method: 'GET' | 'POST' | 'PUT', path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
      const res = await send(method, path, options, false);
      const body = await readJson(res);
      if (!res.ok) throw failureFromAnswer(res.status, body);
      return { data: body as T, etag: res.headers.get('ETag') ?? undefined };
    },
  };
}
