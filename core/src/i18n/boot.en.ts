/** English texts the tab shows before any catalog is downloaded (tab/src/i18n/bootText.ts); kept tiny on purpose. */
export const bootEn = {
  'boot.loading': 'Loading…',
  'boot.failed': 'Élan could not be downloaded: reload the page.',
} as const;
