import type { WorkshopNumber } from './registry';
import { workshopSchemas } from './registry';

export const workshopStates = ['notStarted', 'inProgress', 'done'] as const;
export type WorkshopState = (typeof workshopStates)[number];

/** A field path the complete schema still rejects, e.g. `values` or `sponsors.0.role`. */
export type MissingField = string;

/** Whether a value holds anything a person typed (empty strings, lists and objects do not count). */
function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** Works out a workshop's state and what is still missing for it to be done. */
export function workshopProgress(n: WorkshopNumber, data: Record<string, unknown>): { state: WorkshopState; missing: MissingField[] } {
  if (!hasContent(data)) return { state: 'notStarted', missing: [] };
  const result = workshopSchemas[n].complete.safeParse(data);
  if (result.success) return { state: 'done', missing: [] };
  const missing = [...new Set(result.error.issues.map((i) => i.path.join('.')))];
  return { state: 'inProgress', missing };
}
