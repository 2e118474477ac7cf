import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Parses untrusted input with `schema`, throwing a ValidationError with every issue on failure. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  // reportInput lets the edge tell a missing value ("required") from a value of the wrong type.
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(result.error.issues);
  return result.data;
}
