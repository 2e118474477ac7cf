import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { type WorkshopCatalogs, workshopCatalogOf, workshopCatalogParts } from './firstCatalogParts';

/**
 * For each workshop, the download of its parts of the English catalog (see firstCatalogParts.ts). The tab's build
 * replaces this file with `import()` of those part files alone (tab/vite.config.ts); as written, it downloads
 * the whole catalog and picks them (fine for tests).
 */
export const workshopCatalogs = Object.fromEntries(
  Object.keys(workshopCatalogParts).map((key) => {
    const n = Number(key) as WorkshopNumber;
    return [n, () => import('@elan/core/i18n/en').then((m) => workshopCatalogOf(m.enParts, n))];
  }),
) as WorkshopCatalogs;
