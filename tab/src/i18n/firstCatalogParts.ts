import type { WorkshopNumber } from '@elan/core/workshops/registry';

/**
 * The tab downloads its catalog (part names in core/src/i18n/fr.ts `frParts`) in up to three steps: the first
 * parts before the first render (the shell's); a workshop's own parts with that workshop's page; the whole
 * catalog with any other screen (see lazyScreen). A part named nowhere here, a new one included, comes with the
 * whole catalog. firstCatalog.test.ts checks that no code shown before a step asks for a key of that step.
 */
export const firstCatalogParts: readonly string[] = ['app', 'boot'];

// Every workshop's page: the wizard's texts (page, editor, fields) and the schemas' messages.
const everyWorkshop = ['wizard', 'validation'];

/** The parts a workshop's page downloads with its code, besides the first ones. */
export const workshopCatalogParts: Readonly<Record<WorkshopNumber, readonly string[]>> = {
  1: [...everyWorkshop, 'w1'],
  2: [...everyWorkshop, 'w2', 'chProject'],
  3: [...everyWorkshop, 'w3', 'rituals', 'chRituals'],
  4: [...everyWorkshop, 'w4', 'documentKit', 'chGovernance'],
  5: [...everyWorkshop, 'w5', 'surveys', 'chEcosystem'],
  6: [...everyWorkshop, 'w6', 'chImpact'],
};

type Parts = Record<string, Record<string, string>>;

/** For each workshop, the download of its parts of one language (workshopCatalogs.{fr,en}.ts). */
export type WorkshopCatalogs = Record<WorkshopNumber, () => Promise<Record<string, string>>>;

/** Whether a part of the catalog is downloaded before the first render. */
export function isFirstCatalogPart(name: string): boolean {
  return firstCatalogParts.includes(name);
}

/** The messages of the first catalog: the first parts of a language's `parts` record, in one object. */
export function firstCatalogOf(parts: Parts): Record<string, string> {
  return Object.assign({}, ...Object.entries(parts).flatMap(([name, part]) => (isFirstCatalogPart(name) ? [part] : [])));
}

/** The messages of workshop `n`'s parts (`workshopCatalogParts`) of a language's `parts` record, in one object. */
export function workshopCatalogOf(parts: Parts, n: WorkshopNumber): Record<string, string> {
  return Object.assign({}, ...workshopCatalogParts[n].map((name) => parts[name]));
}
