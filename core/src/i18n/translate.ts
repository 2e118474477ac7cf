import { catalogs, type Catalog } from './catalogs';
import type { MessageKey } from './fr';
import { type Locale, locales } from './locale';
import { fillTemplate, type MessageParams } from './template';

// Their historical home: servers and cards import them from here; code that must not pull the catalogs
// (the tab before its first catalog is loaded) imports locale.ts and template.ts instead.
export { defaultLocale, type Locale, locales, pickLocale } from './locale';
export { fillTemplate, type MessageParams, type PluralBlock, readPluralBlock } from './template';

/**
 * Returns the message for `key` in `locale`, with `{name}` placeholders filled from `params` and plural
 * blocks chosen by the language's rules: `{n, plural, one {# réponse} other {# réponses}}` (`=0 {…}` for
 * an exact number; `#` stands for the number). French counts 0 and 1 as singular, English only 1.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const [language, catalog] = catalogFor(locale);
  // With no catalog loaded at all (only in the tab, before main.tsx has awaited one) the key is shown.
  const template = catalog?.[key] ?? key;
  return params ? fillTemplate(language, template, params) : template;
}

/**
 * The catalog of `locale`, else (in the tab, where the other language loads only when asked for) a loaded
 * one: text in the other language beats a crash; code that needs that language awaits `loadCatalog` first.
 * The language returned is the catalog's, so its plural rules go with its text.
 */
function catalogFor(locale: Locale): [Locale, Catalog | undefined] {
  const own = catalogs[locale];
  if (own) return [locale, own];
  const other = locales.find((l) => catalogs[l]);
  return other ? [other, catalogs[other]] : [locale, undefined];
}

/**
 * Whether a string is a key of the catalogs (for keys carried inside validation issues). Any loaded catalog
 * answers: both have the same keys (tested in catalogs.test.ts).
 */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && locales.some((l) => Object.prototype.hasOwnProperty.call(catalogs[l] ?? {}, key));
}
