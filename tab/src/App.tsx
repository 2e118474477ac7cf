import type { Persona } from '@elan/core/dev/personas';
import type { Locale } from '@elan/core/i18n/locale';
import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { rememberedPersona, rememberPersona } from './auth/personaChoice';
import type { RuntimeConfig } from './config/runtimeConfig';
import { loadCatalog } from './i18n/loadedCatalogs';
import { LocaleProvider } from './i18n/LocaleContext';
import { rememberLocale } from './i18n/localeChoice';
import { requestLocale } from './i18n/requestLocale';
import { Routes } from './Routes';
import { apiFor, sessionOwner } from './session/apiFor';
import { type Session, SessionContext } from './session/SessionContext';
import { AppShell } from './shell/AppShell';
import type { Host } from './teams/host';
import type { ThemeKind } from './teams/themeKind';
import { preferences } from './common/storage';
import { type ThemeChoice, ThemeChoiceContext } from './shell/ThemeChoice';
import { isThemeLoaded, loadTheme, themeOf } from './shell/themes';

const themeKey = 'elan.theme';
/** The look chosen in local preview on a previous visit, else light. */
export function rememberedTheme(): ThemeKind {
  const stored = preferences.get(themeKey);
  return stored === 'dark' || stored === 'contrast' ? stored : 'light';
}

/** The whole tab once we know the config, the host and the starting language (see `main.tsx`). */
export function App({ config, host, initialLocale }: { config: RuntimeConfig; host: Host; initialLocale: Locale }) {
  const inTeams = host.kind === 'teams';
  const [theme, setTheme] = useState<ThemeKind>(inTeams ? host.theme : rememberedTheme());
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [persona, setPersonaState] = useState<Persona | undefined>(inTeams ? undefined : rememberedPersona());

  // A theme other than the first one is downloaded before it is applied; if it cannot be, the look stays.
  const applyTheme = useCallback((next: ThemeKind): Promise<void> => {
    // Already there: at once, within the event that asked for it.
    if (isThemeLoaded(next)) return Promise.resolve(setTheme(next));
    return loadTheme(next).then(() => setTheme(next));
  }, []);

  useEffect(() => {
    if (host.kind === 'teams') host.onThemeChange((next) => void applyTheme(next).catch(() => undefined));
  }, [host, applyTheme]);

  const session = useMemo<Session>(() => {
    const api = apiFor(config, host, persona);
    const setPersona = inTeams
      ? undefined
      : (next: Persona) => {
          rememberPersona(next);
          setPersonaState(next);
        };
    return { config, api, preview: !inTeams, persona, setPersona };
  }, [config, host, inTeams, persona]);

  // The language last asked for: a slower download of an earlier choice must not win over it.
  const wantedLocale = useRef(initialLocale);
  const setLocale = useMemo(
    () =>
      inTeams
        ? undefined
        : (next: Locale) => {
            wantedLocale.current = next;
            // The UI stays in the current language until the new catalog is there (no flash of keys);
            // if it cannot be downloaded, it simply stays.
            loadCatalog(next).then(
              () => {
                if (wantedLocale.current !== next) return;
                rememberLocale(next);
                requestLocale.set(next);
                setLocaleState(next);
              },
              () => undefined,
            );
          },
    [inTeams],
  );

  const themeChoice = useMemo<ThemeChoice>(
    () => ({
      theme,
      setTheme: inTeams
        ? undefined
        : (next: ThemeKind) => {
            preferences.set(themeKey, next);
            applyTheme(next).catch(() => undefined);
          },
    }),
    [theme, inTeams, applyTheme],
  );

  return (
    <FluentProvider theme={themeOf(theme)}>
      <ThemeChoiceContext.Provider value={themeChoice}>
        <LocaleProvider locale={locale} setLocale={setLocale}>
          <SessionContext.Provider value={session}>
            <AppShell>
              {/* A new persona is a new person: remount the screens so nothing of the previous one stays on screen. */}
              <Routes key={sessionOwner(persona)} />
            </AppShell>
          </SessionContext.Provider>
        </LocaleProvider>
      </ThemeChoiceContext.Provider>
    </FluentProvider>
  );
}
