import type { Catalog, catalogs as serverCatalogs } from '@elan/core/i18n/catalogs';
import type { Locale } from '@elan/core/i18n/locale';

/**
 * The tab's stand-in for core/src/i18n/catalogs.ts (swapped in by the alias in tab/vite.config.ts): the same
 * `catalogs` record, but empty at first and filled by `loadFirstCatalog` and `loadCatalog`, so each language is
 * a download of its own and a user downloads only the language in use, in two steps: the parts the first
 * screens use before the first render, the rest with the first screen that needs it (see lazyScreen).
 * `translate` falls back to a loaded language for one not loaded yet.
 */
export const catalogs: typeof serverCatalogs = {};

// Literal `import()` calls, so Vite makes chunks per language.
const importers: Record<Locale, () => Promise<Catalog>> = {
  fr: () => import('@elan/core/i18n/fr').then((m) => m.fr),
  en: () => import('@elan/core/i18n/en').then((m) => m.en),
};
const firstImporters: Record<Locale, () => Promise<Record<string, string>>> = {
  fr: () => import('./firstCatalog.fr').then((m) => m.firstCatalog),
  en: () => import('./firstCatalog.en').then((m) => m.firstCatalog),
};

const complete = new Set<Locale>();
const pending = new Map<string, Promise<void>>();

/** Runs `load` once per `id` at a time (concurrent calls share it); a failed load may be retried. */
function once(id: string, load: () => Promise<void>): Promise<void> {
  let running = pending.get(id);
  if (!running) {
    running = load().finally(() => pending.delete(id));
    pending.set(id, running);
  }
  return running;
}

/** Loads the whole catalog of `locale` once (concurrent calls share the download); a failed load may be retried. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (complete.has(locale)) return Promise.resolve();
  return once(`all:${locale}`, async () => {
    const catalog = await importers[locale]();
    catalogs[locale] = catalog;
    complete.add(locale);
  });
}

/**
 * Loads the first parts of `locale`'s catalog (tab/src/i18n/firstCatalogParts.ts) unless more is there: what
 * main.tsx awaits before the first render. Screens that need other parts download them first (lazyScreen).
 */
export function loadFirstCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve();
  return once(`first:${locale}`, async () => {
    const first = await firstImporters[locale]();
    // The whole catalog may have arrived meanwhile; the first parts are then already in it.
    if (!catalogs[locale]) catalogs[locale] = first as Catalog;
  });
}

/** Whether `translate` can already answer any key in `locale` without falling back. */
export function isCatalogLoaded(locale: Locale): boolean {
  return complete.has(locale);
}
