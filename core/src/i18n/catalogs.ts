import { en } from './en';
import { fr, type MessageKey } from './fr';
import type { Locale } from './locale';

/** One language's messages. */
export type Catalog = Record<MessageKey, string>;

/**
 * The catalogs `translate` reads. Servers (api, bot, core commands) have both, loaded with the code, so any
 * card or document is built in either language synchronously. The tab's build swaps this one file for
 * tab/src/i18n/loadedCatalogs.ts (alias in tab/vite.config.ts), which fills the same record at runtime with
 * only the languages in use; hence `Partial`, so `translate` handles a language that is not loaded.
 */
export const catalogs: Partial<Record<Locale, Catalog>> = { fr, en };
