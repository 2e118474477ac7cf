import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDateOnly } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';

/** What the warning before a community's erasure says. */
export interface ErasureWarningView {
  locale: Locale;
  communityId: string;
  communityName: string;
  /** When retention erases the community (ISO 8601). */
  dueAt: string;
  /** An archived community also has its legacy document to download first. */
  archived: boolean;
  links: TabLinks;
}

/**
 * The personal card a facilitator gets 30 days before retention erases a community: when, and a link to the
 * community's "Data and privacy" section, where the export and the retention period are.
 */
export function erasureWarningCard(view: ErasureWarningView): AdaptiveCard {
  const { locale } = view;
  const community = plainText(view.communityName);
  return {
    ...cardEnvelope,
    body: [
      {
        type: 'TextBlock',
        text: translate(locale, 'privacy.warning.title', { community }),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
        style: 'heading',
      },
      { type: 'TextBlock', text: translate(locale, 'privacy.warning.text', { community, due: cardDateOnly(view.dueAt) }), wrap: true },
      ...(view.archived ? [{ type: 'TextBlock' as const, text: translate(locale, 'privacy.warning.legacy'), wrap: true }] : []),
    ],
    actions: [
      {
        type: 'Action.OpenUrl',
        title: translate(locale, 'privacy.warning.open'),
        url: tabLink(view.links, view.communityId, tabRoutes.community(view.communityId)),
      },
    ],
  };
}
