import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { isWebLink, type MeetingCapture, type MeetingFacts } from './meeting';
import { agendaFor, type MeetingGuest, type RitualPlan, segmentStarts } from './ritualPlan';
import type { Assignment } from './rotation';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { mainSeriesId } from '../workshops/rituals';
import { executeAction } from '../adaptiveCards/executeAction';
import { plainField, plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';

type Element = Record<string, unknown>;

/** The verb of the capture card's form. */
export const captureVerb = 'ritual.capture';

/** The data the capture card's action carries, so a click finds its meeting. */
export interface CaptureActionData {
  verb: typeof captureVerb;
  communityId: string;
  meetingDate: string;
  /** Only for a meeting of another series than the main one. */
  seriesId?: string;
}

const card = (body: Element[], actions?: Element[]): AdaptiveCard => ({
  ...cardEnvelope,
  body,
  ...(actions?.length ? { actions } : {}),
});

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-CA' : 'en-CA');

/** A meeting's start as people in the community read it: date and time in the community's time zone, named. */
export function meetingWhen(locale: Locale, startsAt: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(tag(locale), { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(startsAt));
  return `${text} (${translate(locale, 'rituals.card.zone', { zone: timeZone })})`;
}

/** The wall-clock time of an instant in `timeZone`, e.g. 13 h 30 (fr) or 1:30 p.m. (en). */
export function clockIn(locale: Locale, instantMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(locale), { timeZone, timeStyle: 'short' }).format(new Date(instantMs));
}

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Large', wrap: true, style: 'heading' });
const subtle = (text: string): Element => ({ type: 'TextBlock', text, isSubtle: true, wrap: true, spacing: 'None' });
/** A card's title, with the series' name under it when the meeting is not of the main series. */
const titled = (title: string, seriesName: string | null | undefined): Element[] =>
  seriesName ? [heading(title), subtle(plainText(seriesName))] : [heading(title)];
const subheading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' });
const facts = (rows: [string, string][]): Element => ({ type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value })) });

/** A ritual role's name: the catalog's for a starter role, else as the community typed it. */
export function roleLabel(locale: Locale, role: string): string {
  const key = `doc.ritualRole.${role}`;
  return translate(locale, key as MessageKey) ?? role;
}

/** Who holds a role at one meeting, or that nobody does yet / a volunteer is wanted. */
export function holder(locale: Locale, a: Assignment): string {
  if (a.person) return plainText(a.person);
  return translate(locale, a.kind === 'volunteer' ? 'rituals.card.volunteer' : 'rituals.card.nobody');
}

/** What the announcement and check-in need to know about one meeting. */
export interface RitualCardView {
  locale: Locale;
  plan: RitualPlan;
  meeting: MeetingFacts;
  /** Who holds each role at this meeting (rotation applied). */
  roles: Assignment[];
  /** Where the tab is, with the community: the card then links to its rituals workshop. */
  tab?: { links: TabLinks; communityId: string };
}

/** The button that opens the community's rituals (workshop 3) in the tab; there is no meeting page yet. */
function ritualsLink(locale: Locale, tab: { links: TabLinks; communityId: string } | undefined): Element[] {
  if (!tab) return [];
  const url = tabLink(tab.links, tab.communityId, tabRoutes.rituals(tab.communityId));
  return [{ type: 'Action.OpenUrl', title: translate(locale, 'cardLink.rituals'), url }];
}

/** "Name (Organisation) — topic", whatever of it is known. */
function guestText(locale: Locale, guest: MeetingGuest): string {
  const who = guest.organisation ? `${plainText(guest.name)} (${plainText(guest.organisation)})` : plainText(guest.name);
  return guest.topic ? translate(locale, 'rituals.card.guestTopic', { who, topic: plainText(guest.topic) }) : who;
}

/** The card posted before a meeting: when, where, agenda with segment times, and who holds which role. */
export function meetingAnnounceCard({ locale, plan, meeting, roles, tab }: RitualCardView): AdaptiveCard {
  const { kickOff, agenda } = agendaFor(plan, meeting.date);
  const body: Element[] = titled(
    translate(locale, kickOff ? 'rituals.card.kickOff.title' : 'rituals.card.announce.title'),
    plan.seriesName,
  );
  const rows: [string, string][] = [[translate(locale, 'rituals.card.when'), meetingWhen(locale, meeting.startsAt, meeting.timeZone)]];
  if (plan.format) rows.push([translate(locale, 'rituals.card.format'), translate(locale, `tab.w3.formatChoice.${plan.format}`)]);
  if (plan.place) rows.push([translate(locale, 'rituals.card.where'), plainText(plan.place)]);
  rows.push([translate(locale, 'rituals.card.duration'), translate(locale, 'rituals.card.minutes', { n: plan.durationMinutes })]);
  const guest = plan.guests[meeting.date];
  if (guest) rows.push([translate(locale, 'rituals.card.guest'), guestText(locale, guest)]);
  body.push(facts(rows));
  if (agenda.length) {
    const start = Date.parse(meeting.startsAt);
    const starts = segmentStarts(agenda);
    body.push(subheading(translate(locale, 'rituals.card.agenda')));
    body.push(
      facts(
        agenda.map((s, i): [string, string] => {
          const inCharge = s.roleInCharge ? ` · ${roleLabel(locale, s.roleInCharge)}` : '';
          return [
            clockIn(locale, start + (starts[i] ?? 0) * 60_000, meeting.timeZone),
            `${plainText(s.label)} (${translate(locale, 'rituals.card.minutes', { n: s.minutes })})${inCharge}`,
          ];
        }),
      ),
    );
  }
  if (roles.length) {
    body.push(subheading(translate(locale, 'rituals.card.roles')));
    body.push(facts(roles.map((a): [string, string] => [roleLabel(locale, a.role), holder(locale, a)])));
  }
  const join =
    plan.place && isWebLink(plan.place) ? [{ type: 'Action.OpenUrl', title: translate(locale, 'rituals.card.join'), url: plan.place }] : [];
  return card(body, [...join, ...ritualsLink(locale, tab)]);
}

/** The card posted as a meeting starts: the check-in question, and who facilitates. */
export function checkInCard({ locale, plan, meeting, roles, tab }: RitualCardView): AdaptiveCard {
  const question = plan.checkInQuestion ? plainText(plan.checkInQuestion) : translate(locale, 'rituals.card.checkIn.defaultQuestion');
  const body: Element[] = [
    ...titled(translate(locale, 'rituals.card.checkIn.title'), plan.seriesName),
    subtle(meetingWhen(locale, meeting.startsAt, meeting.timeZone)),
    { type: 'TextBlock', text: translate(locale, 'rituals.card.checkIn.intro'), wrap: true },
    { type: 'TextBlock', text: question, wrap: true, size: 'Medium', weight: 'Bolder', color: 'Accent' },
  ];
  const facilitator = roles.find((a) => a.role === 'facilitator' && a.person);
  if (facilitator?.person)
    body.push({
      type: 'TextBlock',
      text: translate(locale, 'rituals.card.checkIn.facilitator', { name: plainText(facilitator.person) }),
      wrap: true,
      isSubtle: true,
    });
  return card(body, ritualsLink(locale, tab));
}

/** Everything the capture card shows. */
export interface CaptureCardView {
  locale: Locale;
  communityId: string;
  meeting: MeetingFacts;
  /** The meeting's series name, when it is not the main series. */
  seriesName?: string | null;
  /** Who took the notes at this meeting, when the rotation names someone. */
  noteTaker: string | null;
  summaryPublic: boolean;
  dueWorkingDays: number | null;
  capture: MeetingCapture | null;
  /**
   * Whether the card may show private links. Only the copy returned to the member who saved them does;
   * the channel's copy (which sponsors may read) shows public links only.
   */
  showPrivate: boolean;
  notice?: { key: MessageKey; tone: 'good' | 'attention' };
  /** Where the tab is: the card then links to the community's rituals. */
  links?: TabLinks;
}

function recorded(view: CaptureCardView, capture: MeetingCapture): Element[] {
  const { locale } = view;
  const visible = capture.links.filter((l) => view.showPrivate || l.public);
  const items: Element[] = [
    {
      type: 'TextBlock',
      text: translate(locale, 'rituals.card.capture.recorded', { name: plainText(capture.by.name) }),
      wrap: true,
      color: 'Good',
    },
  ];
  if (visible.length)
    items.push(
      facts(
        visible.map((l): [string, string] => [
          `${translate(locale, `rituals.link.${l.kind}`)} (${translate(locale, l.public ? 'rituals.link.public' : 'rituals.link.private')})`,
          plainText(l.url),
        ]),
      ),
    );
  if (visible.length < capture.links.length)
    items.push({ type: 'TextBlock', text: translate(locale, 'rituals.card.capture.privateHidden'), wrap: true, isSubtle: true });
  return items;
}

/**
 * The card posted after a meeting: asks the note-taker for the detailed minutes (private), the summary and the
 * resources shared, with a form sent back by `Action.Execute`; once saved it shows what was recorded.
 */
export function captureCard(view: CaptureCardView): AdaptiveCard {
  const { locale, meeting } = view;
  const body: Element[] = titled(translate(locale, 'rituals.card.capture.title'), view.seriesName);
  body.push(subtle(meetingWhen(locale, meeting.startsAt, meeting.timeZone)));
  if (view.notice)
    body.push({
      type: 'TextBlock',
      text: translate(locale, view.notice.key),
      wrap: true,
      weight: 'Bolder',
      color: view.notice.tone === 'good' ? 'Good' : 'Attention',
    });
  if (view.capture) body.push(...recorded(view, view.capture));
  else
    body.push({
      type: 'TextBlock',
      text: view.noteTaker
        ? translate(locale, 'rituals.card.capture.askNoteTaker', { name: plainText(view.noteTaker) })
        : translate(locale, 'rituals.card.capture.askAnyone'),
      wrap: true,
    });
  if (view.dueWorkingDays)
    body.push({
      type: 'TextBlock',
      text: translate(locale, 'rituals.card.capture.due', { n: view.dueWorkingDays }),
      wrap: true,
      isSubtle: true,
    });
  const placeholder = plainField(translate(locale, 'rituals.card.capture.placeholder'));
  body.push(
    {
      type: 'Input.Text',
      id: 'minutesUrl',
      label: translate(locale, 'rituals.card.capture.minutes'),
      style: 'Url',
      maxLength: 500,
      placeholder,
    },
    {
      type: 'Input.Text',
      id: 'summaryUrl',
      label: translate(locale, view.summaryPublic ? 'rituals.card.capture.summaryPublic' : 'rituals.card.capture.summaryMembers'),
      style: 'Url',
      maxLength: 500,
      placeholder,
    },
    {
      type: 'Input.Text',
      id: 'recordingUrl',
      label: translate(locale, 'rituals.card.capture.recording'),
      style: 'Url',
      maxLength: 500,
      placeholder,
    },
    {
      type: 'Input.Toggle',
      id: 'recordingConsent',
      title: translate(locale, 'rituals.card.capture.recordingConsent'),
      value: 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    },
    {
      type: 'Input.Text',
      id: 'resources',
      label: translate(locale, 'rituals.card.capture.resources'),
      isMultiline: true,
      maxLength: 5010,
      placeholder,
    },
    {
      type: 'Input.Toggle',
      id: 'resourcesPublic',
      title: translate(locale, 'rituals.card.capture.resourcesPublic'),
      value: 'false',
      valueOn: 'true',
      valueOff: 'false',
    },
  );
  const data: CaptureActionData = {
    verb: captureVerb,
    communityId: view.communityId,
    meetingDate: meeting.date,
    ...(meeting.seriesId !== mainSeriesId ? { seriesId: meeting.seriesId } : {}),
  };
  return card(body, [
    executeAction({
      verb: captureVerb,
      title: translate(locale, view.capture ? 'rituals.card.capture.update' : 'rituals.card.capture.submit'),
      data,
      style: 'positive',
    }),
    ...ritualsLink(locale, view.links && { links: view.links, communityId: view.communityId }),
  ]);
}
