import { frParts } from '@elan/core/i18n/fr';
import { firstCatalogOf } from './firstCatalogParts';

/**
 * The French messages downloaded before the first render (see firstCatalogParts.ts). The tab's build replaces
 * this file with imports of those parts alone (tab/vite.config.ts), so its chunk carries nothing else.
 */
export const firstCatalog = firstCatalogOf(frParts);
