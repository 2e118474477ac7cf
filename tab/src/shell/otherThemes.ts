// The themes other than light, a chunk of their own (see themes.ts).
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
