import { isMessageKey } from '@elan/core/i18n/translate';
import type { T } from '../i18n/types';

/**
 * Dimension and statement texts live in the catalogs as `compass.<id>` (dimension names also under
 * `doc.compass.<id>`, used by the impact report). The ids come from the API, so a text can be missing: show the id.
 */
export function compassText(t: T, id: string): string {
  for (const key of [`compass.${id}`, `doc.compass.${id}`]) if (isMessageKey(key)) return t(key);
  return id;
}
