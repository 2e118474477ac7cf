import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { loadDefinition } from './definitions';

/**
 * Starts downloading workshop `n`'s editor and form, which its page would otherwise fetch one after the other
 * (page, then editor, then form). Failures are left to the real loads, which show them with a retry.
 */
export function preloadEditor(n: WorkshopNumber): void {
  // The form first: the browser fetches a few files at a time, in the order asked.
  loadDefinition[n]().catch(() => undefined);
  import('./WorkshopEditor').catch(() => undefined);
}
