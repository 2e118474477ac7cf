import { identityComplete } from '@elan/core/workshops/identity';
import { workshopProgress } from '@elan/core/workshops/progress';
import { identityFieldOrder } from './labels';

/** Sorts paths in the form's order (then item index, then part), so the list reads like the page. */
function inFormOrder(paths: string[]): string[] {
  const rank = (path: string) => {
    const i = (identityFieldOrder as readonly string[]).indexOf(path.split('.')[0]!);
    return i === -1 ? identityFieldOrder.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The field paths W1 still needs to be done. `workshopProgress` reports nothing missing for an untouched
 * workshop (it is "not started"), but a facilitator opening it still wants the list, so ask the complete schema.
 */
export function missingForDone(draft: Record<string, unknown>): string[] {
  const progress = workshopProgress(1, draft);
  if (progress.state !== 'notStarted') return inFormOrder(progress.missing);
  const result = identityComplete.safeParse(draft);
  return result.success ? [] : inFormOrder([...new Set(result.error.issues.map((i) => i.path.join('.')))]);
}
