import type { HttpRequest } from '@azure/functions';
import { NotFoundError } from '@elan/core/errors';

/** If-Match, with the `*` wildcard refused: a write must name the version it started from. */
export function ifMatch(req: HttpRequest): string | undefined {
  const value = req.headers.get('if-match') ?? undefined;
  return value === '*' ? undefined : value;
}

/** A sequence number in the path (a version, a decision number): 1 to 999999, anything else is not found. */
export function numberParam(req: HttpRequest, name: string): number {
  const raw = req.params[name] ?? '';
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new NotFoundError();
  return Number(raw);
}
