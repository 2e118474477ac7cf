import { formatInstant } from '../i18n/formatDate';

/**
 * Same bounds as core's `retentionBounds`, restated because core's module pulls in zod; `privacyRules.test.ts`
 * checks that they still agree.
 */
export const retentionRange = { min: 6, max: 120 } as const;

/** The retention typed in the field as whole months within bounds, or undefined when it is not one. */
export function parseRetentionMonths(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const months = Number(text);
  return months >= retentionRange.min && months <= retentionRange.max ? months : undefined;
}

/** Whether the name typed to confirm an erasure is the community's, by the server's rule (surrounding spaces ignored). */
export function confirmMatches(typed: string, communityName: string): boolean {
  return typed.trim() === communityName;
}

/** A day as people read it in the chosen language (e.g. "23 novembre 2026"). */
export function formatDay(iso: string, locale: 'fr' | 'en'): string {
  return formatInstant(locale, iso, 'longDate');
}
