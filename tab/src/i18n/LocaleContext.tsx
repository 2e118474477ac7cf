import type { Locale } from '@elan/core/i18n/locale';
import { translate } from '@elan/core/i18n/translate';
import { createContext, type ReactNode, useEffect, useMemo } from 'react';
import type { T } from './types';

export interface LocaleValue {
  locale: Locale;
  t: T;
  /** Switches the language; undefined when the host (Teams) decides it. */
  setLocale: ((locale: Locale) => void) | undefined;
}

export const LocaleContext = createContext<LocaleValue>({
  locale: 'fr',
  t: (key, params) => translate('fr', key, params),
  setLocale: undefined,
});

/** Provides the language and keeps `<html lang>` in step, so screen readers pronounce the text right. */
export function LocaleProvider({
  locale,
  setLocale,
  children,
}: {
  locale: Locale;
  setLocale: LocaleValue['setLocale'];
  children: ReactNode;
}) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleValue>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
