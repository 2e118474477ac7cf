/** French texts the tab shows before any catalog is downloaded (tab/src/i18n/bootText.ts); kept tiny on purpose. */
export const bootFr = {
  'boot.loading': 'Chargement…',
  'boot.failed': 'Élan n’a pas pu être téléchargé : rechargez la page.',
} as const;
