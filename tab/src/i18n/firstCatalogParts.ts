/**
 * The catalog parts (names in core/src/i18n/fr.ts `frParts`) that no screen shown before the whole catalog is
 * downloaded uses: documents, bot-only texts and the screens that are their own downloads (lazyScreen). Every
 * other part, a new one included, is in the first catalog, downloaded before the first render; the rest
 * comes with the first screen that needs it. firstCatalog.test.ts checks that the first screens ask for no
 * key of these parts.
 */
export const laterCatalogParts: readonly string[] = [
  'members',
  'compass',
  'report',
  'charter',
  'lifePhase',
  'welcome',
  'notebooks',
  'notebooksTab',
  'tasks',
  'digest',
  'monthly',
  'checklist',
  'selfReview',
  'conversations',
  'chat',
  'cardLinks',
  'privacy',
  'delivery',
  'legacy',
  'chIdentity',
  'chAnnexes',
];

/** Whether a part of the catalog is downloaded before the first render. */
export function isFirstCatalogPart(name: string): boolean {
  return !laterCatalogParts.includes(name);
}

/** The messages of the first catalog: the first parts of a language's `parts` record, in one object. */
export function firstCatalogOf(parts: Record<string, Record<string, string>>): Record<string, string> {
  return Object.assign({}, ...Object.entries(parts).flatMap(([name, part]) => (isFirstCatalogPart(name) ? [part] : [])));
}
