import type { Catalog, catalogs as serverCatalogs } from '@elan/core/i18n/catalogs';
import type { Locale } from '@elan/core/i18n/locale';

/**
 * The tab's stand-in for core/src/i18n/catalogs.ts (swapped in by the alias in tab/vite.config.ts): the same
 * `catalogs` record, but empty at first and filled by `loadCatalog`, so each catalog is its own chunk and a
 * user downloads only the language in use. `translate` falls back to a loaded language for one not loaded yet.
 */
export const catalogs: typeof serverCatalogs = {};

// Literal `import()` calls, so Vite makes one chunk per language.
const importers: Record<Locale, () => Promise<Catalog>> = {
  fr: () => import('@elan/core/i18n/fr').then((m) => m.fr),
  en: () => import('@elan/core/i18n/en').then((m) => m.en),
};

const pending = new Map<Locale, Promise<void>>();

/** Loads the catalog of `locale` once (concurrent calls share the download); a failed load may be retried. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    load = importers[locale]().then(
      (catalog) => {
        catalogs[locale] = catalog;
        pending.delete(locale);
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, load);
  }
  return load;
}

/** Whether `translate` can already answer in `locale` without falling back. */
export function isCatalogLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}
