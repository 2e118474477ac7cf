import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';

/** What the question of the month card shows. */
export interface QuestionOfMonthCardView {
  locale: Locale;
  communityId: string;
  /** YYYY-MM, the community's month. */
  month: string;
  question: string;
  /** Where the tab is: the card then links to the community's rituals (workshop 3). */
  links?: TabLinks;
}

/** A month (YYYY-MM) in words: "décembre 2026", "December 2026". */
export function monthName(locale: Locale, month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 15)),
  );
}

/**
 * The question of the month in the channel: the month, the question, and an invitation to answer in the thread
 * (a Teams reply; Élan reads none of it, so the card has no input).
 */
export function questionOfMonthCard({ locale, communityId, month, question, links }: QuestionOfMonthCardView): AdaptiveCard {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
  return {
    ...cardEnvelope,
    body: [
      {
        type: 'TextBlock',
        text: t('rituals.question.title', { month: monthName(locale, month) }),
        size: 'Medium',
        weight: 'Bolder',
        wrap: true,
        style: 'heading',
      },
      { type: 'TextBlock', text: t('rituals.question.intro'), wrap: true },
      { type: 'TextBlock', text: plainText(question), wrap: true, size: 'Medium', weight: 'Bolder', color: 'Accent' },
      { type: 'TextBlock', text: t('rituals.question.answer'), wrap: true, isSubtle: true },
    ],
    ...(links
      ? {
          actions: [
            { type: 'Action.OpenUrl', title: t('cardLink.rituals'), url: tabLink(links, communityId, tabRoutes.rituals(communityId)) },
          ],
        }
      : {}),
  };
}
