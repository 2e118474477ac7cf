import { nextMeetingCard } from '../chat/chatReplyCards';
import { ritualsChapter } from '../documents/charter/ritualsChapter';
import { wordsFor } from '../documents/charter/format';
import type { Block } from '../documents/charter/documentModel';
import { ritualsDraft } from '../workshops/rituals';
import type { Meeting } from './meeting';
import { meetingKeyOf } from './meeting';
import { dueRitualSteps, meetingFactsOf, ritualPlansOf } from './ritualPlan';
import { inPersonScheduled, inPersonYear, seriesCollisions } from './seriesCalendar';
import { agendaOf, ritualsInput } from './testing/ritualsInput';
import { upcomingMeetings } from './upcomingMeetings';

// The main series: weekly, Tuesdays 13:30 in Toronto from 9 March 2027, virtual. Beside it, the Québec IT
// community's in-person half-day: 9:00–13:00 with lunch, twice a year, from Tuesday 16 March (a main-series day).
const halfDay = {
  id: 'demi',
  name: 'Demi-journée en personne',
  cadence: { every: 6, unit: 'month' },
  format: 'inPerson',
  place: 'Siège social, salle 4',
  firstMeeting: { date: '2027-03-16', time: '09:00', timeZone: 'America/Toronto' },
  durationMinutes: 240,
  agendaTemplate: agendaOf(['Accueil', 20], ['Conférence', 90, 'expertGuest'], ['Dîner', 35], ['Atelier', 95]),
  roles: [],
};
const w3 = (over: Record<string, unknown> = {}) => ritualsDraft.parse(ritualsInput({ format: 'virtual', series: [halfDay], ...over }));
const plans = ritualPlansOf(w3());
const [main, demi] = plans as [(typeof plans)[0], (typeof plans)[0]];

describe('meeting series (workshop 3)', () => {
  it('plans every series, the main one first, each with its own rhythm, format, place and agenda', () => {
    expect(plans.map((p) => [p.seriesId, p.seriesName, p.format, p.durationMinutes])).toEqual([
      ['main', null, 'virtual', 120],
      ['demi', 'Demi-journée en personne', 'inPerson', 240],
    ]);
    expect(demi.place).toBe('Siège social, salle 4');
    expect(demi.agenda.map((s) => [s.label, s.minutes])).toContainEqual(['Dîner', 35]);
    // No roles of its own: the main series' roles apply (Nadia facilitates, the note-taker rotates).
    expect(demi.roles).toEqual(main.roles);
  });

  it('refuses a second series with the same id, or the id of the main series', () => {
    const issues = (series: unknown[]) => ritualsDraft.safeParse(ritualsInput({ series })).error?.issues.map((i) => i.path.join('.'));
    expect(issues([halfDay, { ...halfDay, name: 'Copie' }])).toEqual(['series.1.id']);
    expect(issues([{ ...halfDay, id: 'main' }])).toEqual(['series.0.id']);
    expect(issues([halfDay])).toBeUndefined();
  });

  it('keeps each series at its wall-clock time across daylight saving, in its own time zone', () => {
    const brussels = ritualPlansOf(
      w3({ series: [{ ...halfDay, firstMeeting: { date: '2027-03-16', time: '09:00', timeZone: 'Europe/Brussels' } }] }),
    )[1]!;
    // Toronto: 16 March is after the 14 March change (EDT, UTC−4); 16 September too; 16 March 2028 as well.
    expect(upcomingMeetings(demi, new Date('2027-03-01T00:00:00Z'), 3).map((m) => m.startsAt.toISOString())).toEqual([
      '2027-03-16T13:00:00.000Z',
      '2027-09-16T13:00:00.000Z',
      '2028-03-16T13:00:00.000Z',
    ]);
    // Brussels changes on 28 March: 09:00 is 08:00Z in March (CET), 07:00Z in September (CEST).
    expect(upcomingMeetings(brussels, new Date('2027-03-01T00:00:00Z'), 2).map((m) => m.startsAt.toISOString())).toEqual([
      '2027-03-16T08:00:00.000Z',
      '2027-09-16T07:00:00.000Z',
    ]);
  });

  it('gives the bot the cards of both series when both are due, each meeting with its own key and format', () => {
    // 15 March 2027, 14:00Z: the half-day of the 16th (13:00Z) and the main meeting of the 16th (17:30Z) are both
    // within their 24-hour lead time.
    const at = new Date('2027-03-15T18:00:00Z');
    const due = plans.flatMap((p) => dueRitualSteps(p, at).map((s) => meetingFactsOf(p, s.meeting)));
    expect(due.map((m) => [meetingKeyOf(m), m.format])).toEqual([
      ['2027-03-16', 'virtual'],
      ['2027-03-16~demi', 'inPerson'],
    ]);
  });

  it('warns of the days two series meet, by each series’ local date', () => {
    const collisions = seriesCollisions(plans, new Date('2027-03-01T00:00:00Z'));
    // 16 March is a Tuesday (the main series meets); 16 September is a Thursday (it does not).
    expect(collisions.map((c) => [c.date, c.plans.map((p) => p.seriesId)])).toEqual([['2027-03-16', ['main', 'demi']]]);
    const thursday = ritualPlansOf(w3({ series: [{ ...halfDay, firstMeeting: { ...halfDay.firstMeeting, date: '2027-03-18' } }] }));
    expect(seriesCollisions(thursday, new Date('2027-03-01T00:00:00Z'))).toEqual([]);
  });

  it('counts in-person meetings scheduled in the next twelve months, a hybrid or virtual series not counting', () => {
    expect(inPersonScheduled(plans, new Date('2027-03-01T00:00:00Z'))).toBe(2);
    expect(inPersonScheduled(ritualPlansOf(w3({ series: [{ ...halfDay, format: 'hybrid' }] })), new Date('2027-03-01T00:00:00Z'))).toBe(0);
  });

  it('counts this year’s in-person meetings held and still scheduled against workshop 3’s minimum', () => {
    const record = (key: { seriesId: string; date: string }, format: Meeting['format'], held: boolean): Meeting => ({
      ...key,
      format,
      index: 0,
      startsAt: `${key.date}T13:00:00.000Z`,
      endsAt: `${key.date}T17:00:00.000Z`,
      timeZone: 'America/Toronto',
      posted: held ? { announce: 'x', checkIn: 'y' } : { announce: 'x' },
      posts: {},
      capture: null,
      checkoutSurveyId: null,
    });
    const meetings = [
      record({ seriesId: 'demi', date: '2027-03-16' }, 'inPerson', true),
      record({ seriesId: 'main', date: '2027-03-23' }, 'virtual', true),
      record({ seriesId: 'demi', date: '2026-09-16' }, 'inPerson', true), // last year
      record({ seriesId: 'old', date: '2027-02-02' }, 'inPerson', false), // announced, never held
    ];
    const april = new Date('2027-04-01T12:00:00Z');
    expect(inPersonYear(w3({ inPersonPerYear: 2 }), plans, meetings, april)).toEqual({
      year: 2027,
      minimum: 2,
      held: 1,
      scheduled: 1, // 16 September
      short: false,
    });
    expect(inPersonYear(w3({ inPersonPerYear: 3 }), plans, meetings, april)?.short).toBe(true);
    // On the day itself, once its check-in went out, the half-day counts as held, not also as scheduled.
    expect(inPersonYear(w3({ inPersonPerYear: 2 }), plans, meetings, new Date('2027-03-16T14:00:00Z'))).toMatchObject({
      held: 1,
      scheduled: 1,
    });
    // No in-person series and nothing held: the year is short of its one meeting.
    const virtualOnly = ritualPlansOf(w3({ series: [] }));
    expect(inPersonYear(w3({ inPersonPerYear: 1, series: [] }), virtualOnly, [], april)).toMatchObject({
      held: 0,
      scheduled: 0,
      short: true,
    });
    expect(inPersonYear(w3({ inPersonPerYear: undefined }), plans, meetings, april)).toBeNull();
  });

  it('answers `next meeting` with every series: name, date and time, place and rhythm', () => {
    const at = new Date('2027-03-10T12:00:00Z');
    const series = plans.map((plan) => {
      const [m] = upcomingMeetings(plan, at, 1);
      return { plan, next: m && { startsAt: m.startsAt.toISOString(), roles: [] } };
    });
    const lines = (nextMeetingCard({ rituals: w3(), series }, 'fr').body as { text: string }[]).map((b) => b.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        '**Rencontres régulières**',
        '**Demi-journée en personne**',
        expect.stringMatching(/^Prochaine rencontre : mardi 16 mars 2027 (à )?13 h 30/),
        expect.stringMatching(/^Prochaine rencontre : mardi 16 mars 2027 (à )?0?9 h 00/),
        'Lieu : Siège social, salle 4',
      ]),
    );
    // One series only: no series headings.
    const single = nextMeetingCard({ rituals: w3(), series: series.slice(0, 1) }, 'fr').body as { text: string }[];
    expect(single.map((b) => b.text)).not.toContain('**Rencontres régulières**');
  });

  it('prints each series in the charter with the dates the bot will announce, and the in-person year', () => {
    const w = wordsFor('fr');
    const now = '2027-04-01T12:00:00.000Z';
    const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    const text = texts(ritualsChapter(w, w3({ inPersonPerYear: 2 }), now));
    expect(text).toContain('Série : Demi-journée en personne');
    const demiDates = upcomingMeetings(demi, new Date(now), 3).map((m) => w.date(m.date));
    expect(text).toContain(w.t('doc.rituals.nextDates', { dates: w.list(demiDates) }));
    expect(text).toContain(w.t('doc.rituals.inPersonYear', { year: 2027, held: 0, scheduled: 1, minimum: 2 }));
    expect(text).toContain(w.t('doc.rituals.inPersonShort', { year: 2027 }));
    // The half-day's own agenda, lunch included, is printed as a table.
    const tables = ritualsChapter(w, w3(), now).filter((b) => b.type === 'table');
    expect(JSON.stringify(tables)).toContain('Dîner');
  });
});
