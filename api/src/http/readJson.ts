import type { HttpRequest } from '@azure/functions';
import { DomainError } from '@elan/core/errors';

/** Bodies above this are refused before parsing; the largest workshop (an ecosystem map) is well below. */
export const maxBodyBytes = 1_000_000;

/** Reads a JSON body, refusing oversized or malformed input with 413 or 400. */
export async function readJson(req: HttpRequest): Promise<unknown> {
  return parseBody(await readText(req));
}

/** Reads a JSON body where one is optional: undefined when there is none. */
export async function readOptionalJson(req: HttpRequest): Promise<unknown> {
  const text = await readText(req);
  return text.trim() === '' ? undefined : parseBody(text);
}

async function readText(req: HttpRequest): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBodyBytes) throw new DomainError('error.payloadTooLarge', 413);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBodyBytes) throw new DomainError('error.payloadTooLarge', 413);
  return text;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('error.invalidJson', 400);
  }
}
