import type { HttpResponseInit } from '@azure/functions';
import { RestError } from '@azure/data-tables';
import type { ApiError } from '@elan/core/contract';
import { ConflictError, DomainError, ValidationError } from '@elan/core/errors';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { fieldIssues } from '@elan/core/validation/issueMessages';

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } };
}

/** Whether an error means storage could not be reached (connection refused, reset, timed out). */
export function isStorageDown(error: unknown): boolean {
  if (error instanceof RestError) return error.statusCode === undefined || error.statusCode >= 500;
  const code = (error as { code?: string })?.code;
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code ?? '');
}

/**
 * Turns any thrown error into `{error:{code,message,details?}}` in the caller's language.
 * `present` renders the payload of a conflict (what is stored now) for the wire.
 */
export function errorResponse(error: unknown, locale: Locale, present: (current: unknown) => unknown = (c) => c): HttpResponseInit {
  if (error instanceof DomainError) {
    const body: ApiError & { current?: unknown } = { error: { code: error.code, message: translate(locale, error.code) } };
    if (error instanceof ValidationError) body.error.details = fieldIssues(error.issues, locale);
    if (error instanceof ConflictError) body.current = present(error.current);
    return json(error.status, body);
  }
  if (isStorageDown(error)) {
    return json(
      503,
      { error: { code: 'error.storageUnavailable', message: translate(locale, 'error.storageUnavailable') } },
      { 'retry-after': '5' },
    );
  }
  console.error('unexpected error', error);
  return json(500, { error: { code: 'error.internal', message: translate(locale, 'error.internal') } });
}
