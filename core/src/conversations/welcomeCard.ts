import { translate } from '../i18n/translate';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { executeAction } from '../adaptiveCards/executeAction';

/** The bilingual card the bot sends on install or greeting: French first, English below, link the channel, open the tab. */
export function welcomeCard(tabUrl: string): AdaptiveCard {
  const block = (locale: 'fr' | 'en') => [
    { type: 'TextBlock', text: translate(locale, 'bot.welcome.title'), weight: 'Bolder', size: 'Large', wrap: true },
    { type: 'TextBlock', text: translate(locale, 'bot.welcome.body'), wrap: true },
  ];
  return {
    ...cardEnvelope,
    body: [...block('fr'), { type: 'TextBlock', text: ' ', separator: true, spacing: 'Medium' }, ...block('en')],
    actions: [
      // A facilitator links the channel here; members who click it see only the communities they facilitate.
      executeAction({
        verb: 'channel.linkStart',
        title: `${translate('fr', 'link.start')} / ${translate('en', 'link.start')}`,
        data: { verb: 'channel.linkStart' },
      }),
      {
        type: 'Action.OpenUrl',
        title: `${translate('fr', 'bot.welcome.openTab')} / ${translate('en', 'bot.welcome.openTab')}`,
        url: tabUrl,
      },
    ],
  };
}
