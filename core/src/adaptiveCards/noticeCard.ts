import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { type AdaptiveCard, cardEnvelope } from './adaptiveCard';

/** A one-message card, for answering a card action that could not be carried out. */
export function noticeCard(locale: Locale, key: MessageKey): AdaptiveCard {
  return {
    ...cardEnvelope,
    body: [{ type: 'TextBlock', text: translate(locale, key), wrap: true, color: 'attention', weight: 'Bolder' }],
  };
}
