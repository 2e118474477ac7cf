import type { MessageKey } from '@elan/core/i18n/fr';

/** One field problem in a 400 answer. */
export interface FieldDetail {
  path: string;
  code: string;
  message: string;
}

/** A request that did not succeed: HTTP status (0 when the server could not be reached) and what the API said. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    /** The API's stable error code, or `network`. */
    readonly code: string,
    /** The API's message, already in the requested language; undefined when there was no usable answer. */
    readonly apiMessage: string | undefined,
    /** The parsed answer, for callers that need more (a 412's `current`, a 400's `details`). */
    readonly body: unknown,
  ) {
    super(apiMessage ?? `HTTP ${status} ${code}`);
  }

  /** Field details of a 400 answer, if any. */
  get details(): FieldDetail[] {
    const error = (this.body as { error?: { details?: unknown } } | undefined)?.error;
    if (!Array.isArray(error?.details)) return [];
    return error.details.filter(
      (d): d is FieldDetail =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as FieldDetail).path === 'string' &&
        typeof (d as FieldDetail).message === 'string',
    );
  }
}

/** The catalog message to show when the API gave none, by status. */
export function fallbackMessageKey(status: number): MessageKey {
  switch (status) {
    case 0:
      return 'error.network';
    case 400:
      return 'error.validation';
    case 401:
      return 'error.unauthorized';
    case 403:
      return 'error.forbidden';
    case 404:
      return 'error.notFound';
    case 412:
      return 'error.conflict';
    case 413:
      return 'error.payloadTooLarge';
    case 428:
      return 'error.preconditionRequired';
    case 503:
      return 'error.storageUnavailable';
    default:
      return 'error.internal';
  }
}

/** Builds the failure for a non-2xx answer from its parsed body (`{error:{code,message}}` when the API wrote it). */
export function failureFromAnswer(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http${status}`;
  const message = typeof error?.message === 'string' && error.message !== '' ? error.message : undefined;
  return new ApiFailure(status, code, message, body);
}

/** The JSON body of an answer, or undefined when it is empty or not JSON (a proxy's HTML error page). */
export async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
