import type { MessageKey } from '@elan/core/i18n/fr';
import type { MessageParams } from '@elan/core/i18n/template';

/** A translate function bound to the current locale. */
export type T = (key: MessageKey, params?: MessageParams) => string;
