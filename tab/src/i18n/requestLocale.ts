import { defaultLocale, type Locale } from '@elan/core/i18n/locale';

/**
 * The language sent as Accept-Language. It lives outside React on purpose: the API client must read the
 * latest value on every request without being recreated (which would reload screens and drop unsaved edits).
 */
let current: Locale = defaultLocale;

export const requestLocale = {
  /** The language of the next request. */
  get: (): Locale => current,
  /** Called wherever the UI language is decided or changed. */
  set: (locale: Locale): void => {
    current = locale;
  },
};
