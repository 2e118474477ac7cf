import { createContext, useContext } from 'react';
import type { ThemeKind } from '../teams/themeKind';

/** The look in use and, in local preview only, a way to switch it (inside Teams the host decides). */
export interface ThemeChoice {
  theme: ThemeKind;
  setTheme: ((theme: ThemeKind) => void) | undefined;
}

export const ThemeChoiceContext = createContext<ThemeChoice>({ theme: 'light', setTheme: undefined });

export function useThemeChoice(): ThemeChoice {
  return useContext(ThemeChoiceContext);
}
