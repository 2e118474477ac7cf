import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import type { AdaptiveCard } from './adaptiveCard';

/** A one-message card, for answering a card action that could not be carried out. */
export function noticeCard(locale: Locale, key: MessageKey): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: translate(locale, key), wrap: true, color: 'attention', weight: 'Bolder' }],
  };
}
