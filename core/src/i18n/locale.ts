/**
 * The languages of Élan, with no catalog attached: the tab reads these before it has loaded any messages
 * (see tab/src/i18n/loadedCatalogs.ts), so nothing here may import fr.ts or en.ts.
 */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Whether a stored value is one of Élan's languages (rows written before a field existed hold nothing). */
export const isLocale = (value: unknown): value is Locale => value === 'fr' || value === 'en';

/** French first: the users are in Québec and Belgium. */
export const defaultLocale: Locale = 'fr';

/** Picks fr or en from a language tag or an Accept-Language header; French when unsure. */
export function pickLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    const primary = tag.split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return defaultLocale;
}
