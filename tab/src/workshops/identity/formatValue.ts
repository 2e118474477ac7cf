import type { T } from '../../i18n/types';
import { formatFieldValue } from '../form/formatValue';
import { type IdentityField, identityLabels } from './labels';

/** One W1 field as plain text (see the generic `formatFieldValue`). */
export function formatIdentityValue(field: IdentityField, raw: unknown, t: T): string {
  return formatFieldValue(field, raw, identityLabels, t);
}
