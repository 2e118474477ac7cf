import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeKind } from '../teams/themeKind';

// Light is Teams' default and in the first download; dark and high contrast (about 5 KB gzipped) come when used.
const loaded: Partial<Record<ThemeKind, Theme>> = { light: teamsLightTheme };
const importers: Record<Exclude<ThemeKind, 'light'>, () => Promise<Theme>> = {
  dark: () => import('./otherThemes').then((m) => m.teamsDarkTheme),
  contrast: () => import('./otherThemes').then((m) => m.teamsHighContrastTheme),
};

/** Downloads the Fluent theme of `kind` once; rejects when it cannot be downloaded (the look then stays). */
export async function loadTheme(kind: ThemeKind): Promise<void> {
  if (kind !== 'light' && !loaded[kind]) loaded[kind] = await importers[kind]();
}

/** Whether the theme of `kind` is there (applying it then needs no wait). */
export function isThemeLoaded(kind: ThemeKind): boolean {
  return loaded[kind] !== undefined;
}

/** The theme of `kind` when loaded (`loadTheme`), else the light one. */
export function themeOf(kind: ThemeKind): Theme {
  return loaded[kind] ?? teamsLightTheme;
}
