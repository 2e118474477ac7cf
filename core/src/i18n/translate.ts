import { en } from './en';
import { fr, type MessageKey } from './fr';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
/** French first: the users are in Québec and Belgium. */
export const defaultLocale: Locale = 'fr';

export const catalogs: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type MessageParams = Record<string, string | number>;

/** Returns the message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

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

/** Whether a string is a key of the catalogs (for keys carried inside validation issues). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(fr, key);
}
