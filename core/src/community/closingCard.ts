import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';

/** What the closing ritual's card says. */
export interface ClosingCardView {
  locale: Locale;
  communityId: string;
  communityName: string;
  /** The last meeting, when one is still scheduled (ISO instant). */
  lastMeetingAt: string | null;
  links: TabLinks;
}

/**
 * The closing ritual, posted when a facilitator moves the community to closing (domain guide §5): a last meeting
 * to harvest what we learned, made and leave open; the final stories; thanks to members and sponsors.
 */
export function closingCard(view: ClosingCardView): AdaptiveCard {
  const { locale } = view;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: t('closing.card.title', { community: plainText(view.communityName) }),
      weight: 'Bolder',
      size: 'Large',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: t('closing.card.intro'), wrap: true },
    {
      type: 'TextBlock',
      text: view.lastMeetingAt ? t('closing.card.lastMeeting', { when: cardDate(view.lastMeetingAt) }) : t('closing.card.lastMeetingToSet'),
      wrap: true,
    },
    { type: 'TextBlock', text: t('closing.card.stories'), wrap: true },
    { type: 'TextBlock', text: t('closing.card.thanks'), wrap: true, weight: 'Bolder' },
  ];
  return {
    ...cardEnvelope,
    body,
    actions: [
      {
        type: 'Action.OpenUrl',
        title: t('closing.card.open'),
        url: tabLink(view.links, view.communityId, tabRoutes.community(view.communityId)),
      },
    ],
  };
}
