import { missingForDone as missingFor } from '../form/missing';
import { identityFieldOrder } from './labels';

/** The field paths W1 still needs to be done, in form order. */
export function missingForDone(draft: Record<string, unknown>): string[] {
  return missingFor(1, draft, identityFieldOrder);
}
