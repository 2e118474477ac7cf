import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';

/** The next meeting as a newcomer's welcome names it. */
export interface WelcomeMeeting {
  /** When it starts (ISO instant); Teams shows it in the reader's own time zone. */
  startsAt: string;
  seriesName: string | null;
}

/** What the personal welcome of someone who joined a community's team says. */
export interface NewcomerWelcomeView {
  locale: Locale;
  communityId: string;
  communityName: string;
  /** Workshop 3's welcome steps, as the facilitators wrote them; null while blank. */
  welcomeMessage: string | null;
  /** The charter's summary: workshop 1's purpose statement (its first chapter), and the tagline when there is one. */
  purpose: string | null;
  tagline: string | null;
  /** The next meeting of any series (workshop 3), in the community's time zone; null while none is scheduled. */
  nextMeeting: WelcomeMeeting | null;
  links: TabLinks;
}

type Element = Record<string, unknown>;

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium', separator: true });
const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

/**
 * The one personal card a newcomer gets when they join a linked team: workshop 3's welcome message, the charter's
 * summary, the next meeting and a link to the community's tab. Everything people typed shows as typed.
 */
export function newcomerWelcomeCard(view: NewcomerWelcomeView): AdaptiveCard {
  const { locale } = view;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
  const community = plainText(view.communityName);
  const body: Element[] = [
    text(t('welcome.newcomer.title', { community }), { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(t('welcome.newcomer.intro', { community })),
  ];
  if (view.welcomeMessage) body.push(heading(t('welcome.newcomer.message')), text(plainText(view.welcomeMessage)));
  body.push(heading(t('welcome.newcomer.charter')));
  if (view.tagline) body.push(text(plainText(view.tagline), { isSubtle: true }));
  body.push(text(view.purpose ? plainText(view.purpose) : t('welcome.newcomer.charterPending')));
  body.push(heading(t('welcome.newcomer.meeting')));
  const meeting = view.nextMeeting;
  if (!meeting) body.push(text(t('welcome.newcomer.meeting.none')));
  else if (meeting.seriesName)
    body.push(text(t('welcome.newcomer.meeting.whenSeries', { series: plainText(meeting.seriesName), date: cardDate(meeting.startsAt) })));
  else body.push(text(cardDate(meeting.startsAt)));
  return {
    ...cardEnvelope,
    body,
    actions: [
      {
        type: 'Action.OpenUrl',
        title: t('welcome.newcomer.open'),
        url: tabLink(view.links, view.communityId, tabRoutes.community(view.communityId)),
      },
    ],
  };
}
