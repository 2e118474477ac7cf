import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { monthName } from '../rituals/questionOfMonthCard';
import { meetingWhen } from '../rituals/ritualCards';
import type { MonthlyContent, MonthlyNotebook } from './monthlyContent';

/** What the monthly summary card is built from: the content decided by `monthlyContent`, the language and the tab's links. */
export interface MonthlyCardView {
  locale: Locale;
  content: MonthlyContent;
  links: TabLinks;
}

/** At most this many lines per part: the card stays short, the tab has the rest. */
const maxLines = 5;
/** At most this many buttons in a row (Teams folds the others away). */
const maxButtons = 3;

type Element = Record<string, unknown>;

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium', separator: true });
const line = (text: string, extra: Element = {}): Element => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small', ...extra });
const buttons = (actions: { title: string; url: string }[]): Element => ({
  type: 'ActionSet',
  actions: actions.map((a) => ({ type: 'Action.OpenUrl', title: a.title, url: a.url })),
});
/** A calendar day (YYYY-MM-DD) in words, also in button titles (where Teams expands no {{DATE()}}). */
const dayInWords = (locale: Locale, day: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
/** A title cut to fit a button (button titles are not markdown: they show as typed). */
const short = (title: string) => (title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title);

/**
 * The members' monthly "what happened" card: the month's new notebooks (titles and links), the decisions taken (the
 * outcome, the facilitator's statement and participation as counts — it is never handed who voted what) and the next
 * meeting in the community's time zone, each with a deep link to the tab.
 */
export function monthlyCard({ locale, content, links }: MonthlyCardView): AdaptiveCard {
  const id = content.communityId;
  const link = (route: string) => tabLink(links, id, route);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  /** A notebook's title as typed, else which meeting it is of (a calendar day, the same for every reader). */
  const notebookTitle = (n: MonthlyNotebook) =>
    n.title.trim() ||
    (n.ref.kind === 'meeting' ? t('monthly.notebook.meeting', { date: dayInWords(locale, n.ref.date) }) : t('monthly.notebook.between'));
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: t('monthly.title', { community: plainText(content.communityName), month: monthName(locale, content.month) }),
      size: 'Medium',
      weight: 'Bolder',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: t('monthly.intro'), wrap: true, isSubtle: true },
  ];

  if (content.notebooks.length) {
    const shown = content.notebooks.slice(0, maxLines);
    body.push(heading(t('monthly.notebooks')));
    for (const n of shown) body.push(line(plainText(notebookTitle(n))));
    body.push(
      buttons(
        shown.slice(0, maxButtons).map((n) => ({
          title: shown.length > 1 ? short(notebookTitle(n)) : t('monthly.open.notebook'),
          url: link(tabRoutes.notebook(id, n.notebookId)),
        })),
      ),
    );
  }

  if (content.decisions.length) {
    body.push(heading(t('monthly.decisions')));
    for (const d of content.decisions.slice(0, maxLines)) {
      body.push(line(t('monthly.decision.line', { number: d.number, question: plainText(d.question) }), { weight: 'Bolder' }));
      body.push(line(t(`poll.outcome.${d.outcome}`, { result: plainText(d.result) }), { spacing: 'None' }));
      if (d.statement) body.push(line(plainText(d.statement), { spacing: 'None' }));
      body.push(line(t('monthly.decision.turnout', { voters: d.voters, eligible: d.eligible }), { spacing: 'None', isSubtle: true }));
    }
    // The decision log is on the community home.
    body.push(buttons([{ title: t('monthly.open.decisions'), url: link(tabRoutes.community(id)) }]));
  }

  const meeting = content.nextMeeting;
  if (meeting) {
    body.push(heading(t('monthly.meeting')));
    const date = meetingWhen(locale, meeting.startsAt, content.timeZone);
    body.push(line(meeting.seriesName ? t('monthly.meeting.whenSeries', { series: plainText(meeting.seriesName), date }) : date));
    body.push(buttons([{ title: t('monthly.open.rituals'), url: link(tabRoutes.rituals(id)) }]));
  }

  return {
    ...cardEnvelope,
    body,
    actions: [{ type: 'Action.OpenUrl', title: t('monthly.open.community'), url: link(tabRoutes.community(id)) }],
  };
}
