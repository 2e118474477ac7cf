import type { z } from 'zod';
import { type WorkshopNumber, workshopSchemas } from '@elan/core/workshops/registry';

/** The issues a schema reports on a draft, with their paths from the draft's root. */
export type Issues = z.core.$ZodIssue[];

type Shape = Record<string, z.ZodType>;

// Results per field value: drafts are immutable, so a field that did not change keeps its object identity
// and is not validated again. A big ecosystem (300 stakeholders, 1,000 relationships) otherwise takes tens of
// milliseconds per keystroke.
const cache = new WeakMap<z.ZodType, WeakMap<object, Issues>>();

function fieldIssues(schema: z.ZodType, key: string, value: unknown): Issues {
  const memo = typeof value === 'object' && value !== null ? cache.get(schema)?.get(value) : undefined;
  if (memo) return memo;
  const result = schema.safeParse(value);
  const issues = result.success ? [] : result.error.issues.map((i) => ({ ...i, path: [key, ...i.path] }) as z.core.$ZodIssue);
  if (typeof value === 'object' && value !== null) {
    let bySchema = cache.get(schema);
    if (!bySchema) cache.set(schema, (bySchema = new WeakMap()));
    bySchema.set(value, issues);
  }
  return issues;
}

/** The object shape of a workshop schema, when it is a plain object schema (no refinement over fields). */
function shapeOf(schema: z.ZodType): Shape | undefined {
  const s = schema as unknown as { shape?: Shape; _zod?: { def?: { checks?: unknown[] } } };
  // A refinement over several fields (impact's "one indicator per cycle") needs the whole object.
  if ((s._zod?.def?.checks?.length ?? 0) > 0) return undefined;
  return s.shape && typeof s.shape === 'object' ? s.shape : undefined;
}

/**
 * What the schema says about `draft`, field by field. Same verdict as `schema.safeParse(draft)` for the
 * workshop schemas (strict objects of independent fields): unknown keys are reported once, at the root.
 * `required` lists the fields to check even when absent (the complete schema); the draft schema needs none.
 */
export function issuesOf(schema: z.ZodType, draft: Record<string, unknown>, required: boolean): Issues {
  const shape = shapeOf(schema);
  if (!shape) {
    const result = schema.safeParse(draft);
    return result.success ? [] : result.error.issues;
  }
  const issues: Issues = [];
  const keys = required ? new Set([...Object.keys(shape), ...Object.keys(draft)]) : Object.keys(draft);
  const unknown: string[] = [];
  for (const key of keys) {
    const field = shape[key];
    if (!field) unknown.push(key);
    else issues.push(...fieldIssues(field, key, draft[key]));
  }
  if (unknown.length > 0)
    issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], message: 'Unrecognized keys', input: draft } as z.core.$ZodIssue);
  return issues;
}

/** The draft schema's issues for a workshop draft (what autosave may store). */
export function draftIssues(n: WorkshopNumber, draft: Record<string, unknown>): Issues {
  return issuesOf(workshopSchemas[n].draft, draft, false);
}

/** The complete schema's issues: what the workshop still needs to be done. */
export function completeIssues(n: WorkshopNumber, draft: Record<string, unknown>): Issues {
  return issuesOf(workshopSchemas[n].complete, draft, true);
}
