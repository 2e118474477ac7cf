import type { Catalog, catalogs as serverCatalogs } from '@elan/core/i18n/catalogs';
import type { Locale } from '@elan/core/i18n/locale';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { WorkshopCatalogs } from './firstCatalogParts';
import { requestLocale } from './requestLocale';

/**
 * The tab's stand-in for core/src/i18n/catalogs.ts (swapped in by the alias in tab/vite.config.ts): the same
 * `catalogs` record, but empty at first and filled by `loadFirstCatalog`, `loadWorkshopCatalog` and
 * `loadCatalog`, so each language is a download of its own and a user downloads only the language in use, in
 * steps: the shell's parts before the first render, a workshop's parts with its page, the whole catalog with
 * any other screen (see firstCatalogParts.ts and lazyScreen).
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

// Small modules of `import()` calls, one per part (tab/vite.config.ts builds them), themselves downloaded with
// the first workshop's screen: with every chunk's name in them, they would weigh on the first download.
const workshopImporters: Record<Locale, () => Promise<WorkshopCatalogs>> = {
  fr: () => import('./workshopCatalogs.fr').then((m) => m.workshopCatalogs),
  en: () => import('./workshopCatalogs.en').then((m) => m.workshopCatalogs),
};

const complete = new Set<Locale>();
const workshopsLoaded: Record<Locale, Set<WorkshopNumber>> = { fr: new Set(), en: new Set() };
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

/**
 * Loads workshop `n`'s parts of `locale`'s catalog (firstCatalogParts.ts `workshopCatalogParts`) and the first
 * parts, unless the whole catalog is there: what a workshop's page renders with (see `workshopCatalog`).
 */
export function loadWorkshopCatalog(locale: Locale, n: WorkshopNumber): Promise<void> {
  if (complete.has(locale) || workshopsLoaded[locale].has(n)) return Promise.resolve();
  return once(`w${n}:${locale}`, async () => {
    const [parts] = await Promise.all([workshopImporters[locale]().then((loaders) => loaders[n]()), loadFirstCatalog(locale)]);
    // The whole catalog may have arrived meanwhile, with these parts in it: it stays as it is.
    if (complete.has(locale)) return;
    catalogs[locale] = { ...catalogs[locale], ...parts } as Catalog;
    workshopsLoaded[locale].add(n);
  });
}

/** For `lazyScreen`'s `catalog` option: workshop `n`'s parts of the language in use (see loadWorkshopCatalog). */
export function workshopCatalog(n: WorkshopNumber): () => Promise<void> {
  return () => loadWorkshopCatalog(requestLocale.get(), n);
}

/** Whether `translate` can already answer any key in `locale` without falling back. */
export function isCatalogLoaded(locale: Locale): boolean {
  return complete.has(locale);
}
