import { defaultLocale, type Locale, locales } from '@elan/core/i18n/locale';
import { preferences } from '../common/storage';

const key = 'elan.locale';

/** The language chosen in local preview on a previous visit, else French. */
export function rememberedLocale(): Locale {
  const stored = preferences.get(key);
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : defaultLocale;
}

/** Remembers the language for the next visit. */
export function rememberLocale(locale: Locale): void {
  preferences.set(key, locale);
}
