/** The three looks Teams has; the tab follows whichever the host shows. */
export type ThemeKind = 'light' | 'dark' | 'contrast';

/** Maps a Teams theme name (`default`, `dark`, `contrast`, …) to our theme kind; unknown names look light. */
export function themeKind(teamsTheme: string | undefined): ThemeKind {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}
