import { ApiFailure } from '../api/failure';
import { failureMessage } from '../common/failureMessage';
import type { T } from '../i18n/types';

/** What to tell a facilitator whose privacy action failed: 403 and 404 in this section's own words, else the API's. */
export function explainPrivacyFailure(error: unknown, t: T): string {
  if (error instanceof ApiFailure && error.status === 403) return t('privacyTab.forbidden');
  if (error instanceof ApiFailure && error.status === 404) return t('privacyTab.notFound');
  return failureMessage(error, t);
}

/** The API's message for one field of a 400 answer, if it named that field. */
export function fieldFailure(error: unknown, field: string): string | undefined {
  return error instanceof ApiFailure && error.status === 400 ? error.details.find((d) => d.path === field)?.message : undefined;
}
