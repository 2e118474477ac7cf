/**
 * The one file the tab's build replaces (see tab/vite.config.ts), as paths from the repository root: core's
 * catalogs record, which holds both languages for servers, becomes the tab's record loaded on demand.
 * The import-graph test applies the same swap.
 */
export const catalogSwap = {
  server: 'core/src/i18n/catalogs.ts',
  tab: 'tab/src/i18n/loadedCatalogs.ts',
} as const;
