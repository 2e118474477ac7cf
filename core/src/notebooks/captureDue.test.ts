import type { Meeting } from '../rituals/meeting';
import { addWorkingDays, captureReminderDue } from './captureDue';

// Held on Friday 12 March 2027 in Toronto, 13:30–15:30 EST.
const meeting: Meeting = {
  seriesId: 'main',
  format: 'virtual',
  date: '2027-03-12',
  index: 0,
  startsAt: '2027-03-12T18:30:00.000Z',
  endsAt: '2027-03-12T20:30:00.000Z',
  timeZone: 'America/Toronto',
  posted: { announce: 'x', checkIn: 'y' },
  posts: {},
  capture: null,
  checkoutSurveyId: null,
};

describe('captureReminderDue', () => {
  it('counts working days over the weekend', () => {
    expect(addWorkingDays('2027-03-12', 3)).toBe('2027-03-17'); // Fri + 3 = Wed
    expect(addWorkingDays('2027-03-13', 1)).toBe('2027-03-15'); // Sat + 1 = Mon
    expect(addWorkingDays('2027-03-12', 0)).toBe('2027-03-12');
  });

  it('reminds the note-taker once the delay has passed, the facilitators as long again later', () => {
    const at = (iso: string) => captureReminderDue(meeting, 3, false, new Date(iso));
    // Due by the end of Wednesday 17 March in Toronto (04:00Z on the 18th is still the 17th there).
    expect(at('2027-03-18T03:59:00Z')).toBeNull();
    expect(at('2027-03-18T04:01:00Z')).toBe('remindNoteTaker');
    // Three more working days: Monday 22 March; the facilitators from Tuesday 23 (Toronto).
    expect(at('2027-03-23T03:00:00Z')).toBe('remindNoteTaker');
    expect(at('2027-03-23T05:00:00Z')).toBe('remindFacilitators');
  });

  it('calls for nothing once captured, for a meeting not held, without a delay, or long past', () => {
    const late = new Date('2027-03-25T12:00:00Z');
    expect(captureReminderDue(meeting, 3, true, late)).toBeNull();
    expect(captureReminderDue({ ...meeting, posted: { announce: 'x' } }, 3, false, late)).toBeNull();
    expect(captureReminderDue(meeting, null, false, late)).toBeNull();
    expect(captureReminderDue(meeting, 3, false, new Date('2027-05-10T12:00:00Z'))).toBeNull();
  });
});
