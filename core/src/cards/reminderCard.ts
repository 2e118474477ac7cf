import { type Locale, translate } from '../i18n/translate';
import type { Poll } from '../polls/poll';
import type { AdaptiveCard } from './adaptiveCard';
import { plainText } from './plainText';

/** The personal reminder a member who has not voted receives; it names the poll and nothing about others' answers. */
export function reminderCard(poll: Poll, locale: Locale): AdaptiveCard {
  const at = poll.closesAt.replace(/\.\d+Z$/, 'Z');
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: translate(locale, 'poll.reminder.title'), weight: 'Bolder', wrap: true, style: 'heading' },
      {
        type: 'TextBlock',
        text: translate(locale, 'poll.reminder.body', {
          question: plainText(poll.question),
          date: `{{DATE(${at}, LONG)}} {{TIME(${at})}}`,
        }),
        wrap: true,
      },
    ],
  };
}
