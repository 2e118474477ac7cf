import { type Locale, translate } from '../i18n/translate';
import type { Poll } from '../polls/poll';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';

/**
 * The personal reminder a member who has not voted receives; it names the poll and nothing about others'
 * answers, and links to the poll in the community's tab (through the channel it was posted in).
 */
export function reminderCard(poll: Poll, locale: Locale, links?: TabLinks): AdaptiveCard {
  const open = links
    ? [
        {
          type: 'Action.OpenUrl',
          title: translate(locale, 'cardLink.pollResults'),
          url: tabLink(links, poll.communityId, tabRoutes.pollResults(poll.communityId, poll.id)),
        },
      ]
    : [];
  const advice = poll.method === 'advice';
  return {
    ...cardEnvelope,
    body: [
      {
        type: 'TextBlock',
        text: translate(locale, advice ? 'poll.reminder.advice.title' : 'poll.reminder.title'),
        weight: 'Bolder',
        wrap: true,
        style: 'heading',
      },
      {
        type: 'TextBlock',
        // Advice is named: the reminder must not promise the secrecy of a vote.
        text: translate(locale, advice ? 'poll.reminder.advice.body' : 'poll.reminder.body', {
          question: plainText(poll.question),
          date: cardDate(poll.closesAt),
          name: plainText(poll.createdBy.name),
        }),
        wrap: true,
      },
    ],
    ...(open.length ? { actions: open } : {}),
  };
}
