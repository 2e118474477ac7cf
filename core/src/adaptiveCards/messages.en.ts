import type { cardLinksFr } from './messages.fr';

/** English messages for the card buttons that open the right page of the tab: typed against the French keys. */
export const cardLinksEn: Record<keyof typeof cardLinksFr, string> = {
  'cardLink.pollResults': 'See the results in the tab',
  'cardLink.answers': 'My answers in the tab',
  'cardLink.rituals': 'Open the rituals in the tab',
  'cardLink.workshop': 'Open the workshop in the tab',
};
