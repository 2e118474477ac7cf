import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate, cardDay } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { holder, roleLabel } from '../rituals/ritualCards';
import type { DigestContent } from './digestContent';
import { newcomerPulseLine } from '../community/newcomerPulseSummary';

/** What the digest card is built from: the content decided by `digestContent`, the reader's language and the tab's links. */
export interface DigestCardView {
  locale: Locale;
  content: DigestContent;
  links: TabLinks;
}

/** At most this many lines per part: the card stays short, the tab has the rest. */
const maxLines = 5;

type Element = Record<string, unknown>;

/** A poll's question cut to fit a button. */
const shortTitle = (question: string) => (question.length > 40 ? `${question.slice(0, 39).trimEnd()}…` : question);

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium', separator: true });
const line = (text: string): Element => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' });
const buttons = (actions: { title: string; url: string }[]): Element => ({
  type: 'ActionSet',
  actions: actions.map((a) => ({ type: 'Action.OpenUrl', title: a.title, url: a.url })),
});

/**
 * The facilitator's weekly digest: one personal card with a part for each thing that waits (open polls with their
 * participation as counts, overdue notes, the next meeting and its roles, surveys below their threshold, the compass),
 * each with a deep link to the tab. Never names who voted or answered what: it is handed counts only.
 */
export function digestCard({ locale, content, links }: DigestCardView): AdaptiveCard {
  const id = content.communityId;
  const link = (route: string) => tabLink(links, id, route);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: t('digest.title', { community: plainText(content.communityName) }),
      size: 'Medium',
      weight: 'Bolder',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: t('digest.intro'), wrap: true, isSubtle: true },
  ];

  if (content.polls.length) {
    const shown = content.polls.slice(0, maxLines);
    body.push(heading(t('digest.polls')));
    for (const p of shown)
      body.push(
        line(t('digest.poll.line', { question: plainText(p.question), voted: p.voted, eligible: p.eligible, date: cardDate(p.closesAt) })),
      );
    body.push(
      buttons(
        shown.slice(0, 3).map((p) => ({
          // Several polls: each button says which (button titles are not markdown).
          title: shown.length > 1 ? shortTitle(p.question) : t('digest.open.poll'),
          url: link(tabRoutes.pollResults(id, p.pollId)),
        })),
      ),
    );
  }

  if (content.overdueCaptures.length) {
    const shown = content.overdueCaptures.slice(0, maxLines);
    body.push(heading(t('digest.captures')));
    for (const c of shown)
      body.push(
        line(
          c.seriesName
            ? t('digest.capture.lineSeries', { series: plainText(c.seriesName), date: cardDay(c.date) })
            : t('digest.capture.line', { date: cardDay(c.date) }),
        ),
      );
    body.push(buttons([{ title: t('digest.open.notebook'), url: link(tabRoutes.notebook(id, shown[0]!.notebookId)) }]));
  }

  const meeting = content.nextMeeting;
  if (meeting) {
    body.push(heading(t('digest.meeting')));
    const date = cardDate(meeting.startsAt);
    body.push(
      line(
        meeting.seriesName
          ? t('digest.meeting.whenSeries', { series: plainText(meeting.seriesName), date })
          : t('digest.meeting.when', { date }),
      ),
    );
    if (meeting.roles.length)
      body.push({
        type: 'FactSet',
        facts: meeting.roles.map((a) => ({ title: plainText(roleLabel(locale, a.role)), value: holder(locale, a) })),
      });
    body.push(buttons([{ title: t('digest.open.rituals'), url: link(tabRoutes.rituals(id)) }]));
  }

  if (content.surveysBelowThreshold.length) {
    body.push(heading(t('digest.surveys')));
    for (const s of content.surveysBelowThreshold.slice(0, maxLines))
      body.push(
        line(
          t('digest.survey.line', {
            kind: t(`digest.survey.kind.${s.kind}`),
            respondents: s.respondents,
            threshold: s.threshold,
            date: cardDate(s.closesAt),
          }),
        ),
      );
    // Surveys are listed on the community home.
    body.push(buttons([{ title: t('digest.open.surveys'), url: link(tabRoutes.community(id)) }]));
  }

  const belowThreshold = content.compassBelowThreshold;
  if (content.compassDue || belowThreshold) {
    body.push(heading(t('digest.compass')));
    if (content.compassDue === 'first') body.push(line(t('digest.compass.first')));
    else if (content.compassDue) body.push(line(t('digest.compass.due', { months: content.compassEveryMonths ?? 6 })));
    if (belowThreshold) body.push(line(t('digest.compass.belowThreshold', { ...belowThreshold })));
    // The compass lives in workshop 6.
    body.push(buttons([{ title: t('digest.open.compass'), url: link(tabRoutes.workshop(id, 6)) }]));
  }

  if (content.phaseNextWorkshop) {
    const n = content.phaseNextWorkshop;
    body.push(heading(t('digest.phase')));
    body.push(line(t('digest.phase.next', { n, title: t(`workshop.${n}.title`) })));
    body.push(buttons([{ title: t('digest.open.workshop', { n }), url: link(tabRoutes.workshop(id, n)) }]));
  }

  if (content.newcomerPulse) {
    const pulse = newcomerPulseLine(content.newcomerPulse);
    body.push(heading(t('digest.newcomers')));
    body.push(line(t('digest.newcomers.pulse', { summary: t(pulse.key, pulse.params) })));
  }

  return {
    ...cardEnvelope,
    body,
    actions: [{ type: 'Action.OpenUrl', title: t('digest.open.community'), url: link(tabRoutes.community(id)) }],
  };
}
