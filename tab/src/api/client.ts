import type { Locale } from '@elan/core/i18n/locale';
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
  /** Accept header; JSON unless a file is wanted. */
  accept?: string;
}

/** Talks JSON to the Élan API with the user's token and language. */
export interface ApiClient {
  request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** A file (a Word document): the body as a Blob and the name the server suggests. */
  download(path: string): Promise<{ blob: Blob; fileName: string | undefined }>;
}

/** The file name of a `Content-Disposition` header (`filename*=UTF-8''…` preferred). */
export function dispositionFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim();
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
    const headers: Record<string, string> = {
      Accept: options.accept ?? 'application/json',
      'Accept-Language': locale(),
      Authorization: `Bearer ${token}`,
    };
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
    async request<T>(
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      path: string,
      options: RequestOptions = {},
    ): Promise<ApiResponse<T>> {
      const res = await send(method, path, options, false);
      const body = await readJson(res);
      if (!res.ok) throw failureFromAnswer(res.status, body);
      return { data: body as T, etag: res.headers.get('ETag') ?? undefined };
    },
    async download(path: string) {
      const res = await send('GET', path, { accept: '*/*' }, false);
      if (!res.ok) throw failureFromAnswer(res.status, await readJson(res));
      return { blob: await res.blob(), fileName: dispositionFileName(res.headers.get('Content-Disposition')) };
    },
  };
}
