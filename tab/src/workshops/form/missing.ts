import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { completeIssues } from './validation';

/** Sorts paths in the form's order (then item index, then part), so the list reads like the page. */
export function inFormOrder(paths: readonly string[], order: readonly string[]): string[] {
  const rank = (path: string) => {
    const i = order.indexOf(path.split('.')[0]!);
    return i === -1 ? order.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The field paths a workshop still needs to be done: what the complete schema rejects, in form order. The same
 * paths core's `workshopProgress` reports once something is typed, and the full list for an untouched workshop
 * (which is "not started" there, but a facilitator opening it still wants to know what to fill in).
 */
export function missingForDone(n: WorkshopNumber, draft: Record<string, unknown>, order: readonly string[]): string[] {
  return inFormOrder([...new Set(completeIssues(n, draft).map((i) => i.path.join('.')))], order);
}
