import { ApiFailure, fallbackMessageKey } from '../api/failure';
import type { T } from '../i18n/types';

/** The sentence to show for a failed request: the API's own (translated) message, else a catalog fallback. */
export function failureMessage(error: unknown, t: T): string {
  if (error instanceof ApiFailure) return error.apiMessage ?? t(fallbackMessageKey(error.status));
  return t('error.internal');
}
