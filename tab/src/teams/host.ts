import { type Locale, pickLocale } from '@elan/core/i18n/translate';
import { type ThemeKind, themeKind } from './themeKind';

/** Where the tab runs: inside a Teams (or Microsoft 365) host, or in a plain browser as local preview. */
export type Host =
  | {
      kind: 'teams';
      locale: Locale;
      theme: ThemeKind;
      /** Calls `handler` whenever the user switches the Teams theme. */
      onThemeChange(handler: (theme: ThemeKind) => void): void;
      /** The Teams SSO token for the API. */
      getToken(): Promise<string>;
    }
  | { kind: 'local' };

/** A page that is neither framed nor in a native webview cannot be in Teams: skip the SDK and its wait. */
function mayBeHosted(): boolean {
  return window.parent !== window || window.opener != null || 'nativeInterface' in window;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Finds out whether Teams hosts the tab; anything short of a working `app.initialize()` means local preview. */
export async function detectHost(timeoutMs = 3000): Promise<Host> {
  if (!mayBeHosted()) return { kind: 'local' };
  try {
    // Loaded on demand: the SDK is large and useless in local preview.
    const { app, authentication } = await import('@microsoft/teams-js');
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    // Hides the host's loading indicator when the manifest asks for one.
    app.notifySuccess();
    return {
      kind: 'teams',
      locale: pickLocale(context.app.locale),
      theme: themeKind(context.app.theme),
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((name) => handler(themeKind(name))),
      getToken: () => authentication.getAuthToken(),
    };
  } catch {
    return { kind: 'local' };
  }
}
