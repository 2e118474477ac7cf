import { enParts } from '@elan/core/i18n/en';
import { firstCatalogOf } from './firstCatalogParts';

/**
 * The English messages downloaded before the first render (see firstCatalogParts.ts). The tab's build replaces
 * this file with imports of those parts alone (tab/vite.config.ts), so its chunk carries nothing else.
 */
export const firstCatalog = firstCatalogOf(enParts);
