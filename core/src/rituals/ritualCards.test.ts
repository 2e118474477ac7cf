import { translate } from '../i18n/translate';
import type { Meeting } from './meeting';
import { rolesAt } from './ritualPlan';
import { agendaOf, ritualPlanFor, ritualsInput } from './testing/ritualsInput';
import { plainText } from '../adaptiveCards/plainText';
import { captureCard, checkInCard, clockIn, meetingAnnounceCard, meetingWhen } from './ritualCards';

// Markdown typed in a label and a template expression in the question must both show as typed.
const plan = ritualPlanFor({
  agendaTemplate: agendaOf(['Check-in', 10], ['Étude de **cas**', 70, 'facilitator'], ['Check-out', 10]),
  roles: [...(ritualsInput().roles as unknown[]), { role: 'timekeeper', rotation: 'volunteer' }],
  checkInQuestion: 'Une réussite ${depuis} la dernière fois ?',
});
const meeting: Meeting = {
  seriesId: 'main',
  format: null,
  date: '2027-03-16',
  index: 0,
  startsAt: '2027-03-16T17:30:00.000Z',
  endsAt: '2027-03-16T19:00:00.000Z',
  timeZone: 'America/Toronto',
  posted: { capture: '2027-03-16T19:01:00.000Z' },
  posts: {},
  capture: null,
  checkoutSurveyId: null,
};
const text = (card: unknown) => JSON.stringify(card);

describe('ritual cards', () => {
  const roles = rolesAt(plan, 0, ['Ana', 'Ben']);

  it('announce the meeting at its local time (after the DST change), the place, timed agenda and roles', () => {
    for (const locale of ['fr', 'en'] as const) {
      const card = meetingAnnounceCard({ locale, plan, meeting, roles });
      const body = text(card);
      expect(body).toContain(translate(locale, 'rituals.card.announce.title'));
      expect(body).toContain(meetingWhen(locale, meeting.startsAt, 'America/Toronto'));
      // Segments start at 13:30, 13:40 and 14:50 Toronto time (EDT), not at UTC times.
      for (const minutes of [0, 10, 80])
        expect(body).toContain(clockIn(locale, Date.parse(meeting.startsAt) + minutes * 60_000, 'America/Toronto'));
      expect(body).toContain('Nadia');
      expect(body).toContain('Ana');
      expect(body).toContain(translate(locale, 'rituals.card.volunteer'));
      // Typed text is shown literally, never as Markdown.
      expect(body).toContain('Étude de \\\\*\\\\*cas\\\\*\\\\*');
      expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://teams.example/meet/1' })]);
    }
    expect(clockIn('en', Date.parse(meeting.startsAt), 'America/Toronto')).toMatch(/^1:30/);
    expect(clockIn('fr', Date.parse(meeting.startsAt), 'America/Toronto')).toMatch(/^13 h 30/);
  });

  it('name the expert invited to that meeting, and only to that one', () => {
    const withGuest = ritualPlanFor({
      guests: [
        { meetingDate: '2027-03-16', guestName: 'Dre Léa *Roy*', organisation: 'CIUSSS', topic: 'Les soins en réseau' },
        { meetingDate: '2027-03-23', guestName: 'Marc' },
        { meetingDate: '2027-03-30' },
      ],
    });
    const factsOf = (card: ReturnType<typeof meetingAnnounceCard>) =>
      (card.body as { type: string; facts?: { title: string; value: string }[] }[]).flatMap((b) => b.facts ?? []);
    const guestFact = (m: Meeting) =>
      factsOf(meetingAnnounceCard({ locale: 'fr', plan: withGuest, meeting: m, roles })).find(
        (f) => f.title === translate('fr', 'rituals.card.guest'),
      )?.value;
    expect(guestFact(meeting)).toBe(`${plainText('Dre Léa *Roy*')} (CIUSSS) — Les soins en réseau`);
    expect(guestFact({ ...meeting, date: '2027-03-23' })).toBe('Marc');
    expect(guestFact({ ...meeting, date: '2027-03-30' })).toBeUndefined();
    expect(guestFact({ ...meeting, date: '2027-04-06' })).toBeUndefined();
  });

  it('asks the check-in question of workshop 3, or a default one', () => {
    const texts = checkInCard({ locale: 'fr', plan, meeting, roles }).body.map((b) => b['text']);
    // Shown as typed: the template expression is escaped, so neither Teams nor templating evaluates it.
    expect(texts).toContain(plainText('Une réussite ${depuis} la dernière fois ?'));
    const plain = checkInCard({ locale: 'en', plan: { ...plan, checkInQuestion: null }, meeting, roles });
    expect(text(plain)).toContain(translate('en', 'rituals.card.checkIn.defaultQuestion'));
    expect(text(plain)).toContain(translate('en', 'rituals.card.checkIn.facilitator', { name: 'Nadia' }));
  });

  it('asks the note-taker for the links with a form sent back by Action.Execute', () => {
    const card = captureCard({
      locale: 'fr',
      communityId: 'c1',
      meeting,
      noteTaker: 'Ana',
      summaryPublic: true,
      dueWorkingDays: 3,
      capture: null,
      showPrivate: false,
    });
    expect(text(card)).toContain(translate('fr', 'rituals.card.capture.askNoteTaker', { name: 'Ana' }));
    expect(card.body.filter((b) => String(b['type']).startsWith('Input.')).map((b) => b['id'])).toEqual([
      'minutesUrl',
      'summaryUrl',
      'recordingUrl',
      'recordingConsent',
      'resources',
      'resourcesPublic',
    ]);
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'ritual.capture',
        data: { verb: 'ritual.capture', communityId: 'c1', meetingDate: '2027-03-16' },
      }),
    ]);
  });

  it('shows the private minutes link only to the member who saved it, never in the channel copy', () => {
    const capture = {
      links: [
        { kind: 'minutes' as const, url: 'https://x/private-minutes', public: false },
        { kind: 'summary' as const, url: 'https://x/summary', public: true },
      ],
      by: { userId: 'ana', name: 'Ana' },
      at: '2027-03-16T20:00:00.000Z',
    };
    const view = {
      locale: 'en' as const,
      communityId: 'c1',
      meeting,
      noteTaker: 'Ana',
      summaryPublic: true,
      dueWorkingDays: null,
      capture,
    };
    const channel = text(captureCard({ ...view, showPrivate: false }));
    expect(channel).not.toContain('private-minutes');
    expect(channel).toContain('https://x/summary');
    expect(channel).toContain(translate('en', 'rituals.card.capture.privateHidden'));
    expect(text(captureCard({ ...view, showPrivate: true }))).toContain('https://x/private-minutes');
  });
  it('announce the kick-off (the first meeting) with its own run sheet when workshop 3 wrote one, later meetings with the usual agenda', () => {
    const withKickOff = ritualPlanFor({
      agendaTemplate: agendaOf(['Tour d’ouverture', 10], ['Étude de cas', 70], ['Tour de clôture', 10]),
      kickOffAgenda: agendaOf(['Accueil informel', 15, 'host'], ['Carrousel des espoirs', 25, 'coFacilitator']),
    });
    const first = { ...meeting, date: withKickOff.start.date };
    const later = { ...meeting, date: '2099-01-05' };
    for (const locale of ['fr', 'en'] as const) {
      const kickOff = text(meetingAnnounceCard({ locale, plan: withKickOff, meeting: first, roles }));
      expect(kickOff).toContain(translate(locale, 'rituals.card.kickOff.title'));
      expect(kickOff).toContain('Carrousel des espoirs');
      expect(kickOff).not.toContain('Étude de cas');
      const usual = text(meetingAnnounceCard({ locale, plan: withKickOff, meeting: later, roles }));
      expect(usual).toContain(translate(locale, 'rituals.card.announce.title'));
      expect(usual).toContain('Étude de cas');
      expect(usual).not.toContain('Carrousel des espoirs');
    }
    // Without a run sheet the first meeting is announced like any other.
    expect(text(meetingAnnounceCard({ locale: 'fr', plan, meeting: { ...meeting, date: plan.start.date }, roles }))).toContain(
      translate('fr', 'rituals.card.announce.title'),
    );
  });
});
