import { digestDue, isoWeekOf, localClock } from './digestDue';
import { defaultDigestPreference } from './digestPreference';

const monday9 = defaultDigestPreference;
const at = (iso: string) => new Date(iso);

describe('isoWeekOf', () => {
  it('numbers weeks from Monday, the Thursday deciding the year', () => {
    expect(isoWeekOf('2027-03-22')).toBe('2027-W12');
    expect(isoWeekOf('2027-03-28')).toBe('2027-W12');
    expect(isoWeekOf('2027-03-29')).toBe('2027-W13');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });
});

describe('localClock', () => {
  it('reads the weekday and time where the community is', () => {
    expect(localClock(at('2027-03-22T03:30:00Z'), 'America/Toronto')).toEqual({ day: '2027-03-21', weekday: 7, time: '23:30' });
    expect(localClock(at('2027-03-22T03:30:00Z'), 'Europe/Brussels')).toEqual({ day: '2027-03-22', weekday: 1, time: '04:30' });
  });
});

describe('digestDue', () => {
  it('Europe/Brussels: Monday 9:00 local before and after the March DST change', () => {
    // Monday 22 March 2027, UTC+1: 9:00 is 08:00Z.
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-03-22T07:59:00Z'), null)).toBeNull();
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-03-22T08:00:00Z'), null)).toBe('2027-W12');
    // Monday 29 March 2027, UTC+2 since Sunday: 9:00 is 07:00Z.
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-03-29T06:59:00Z'), '2027-W12')).toBeNull();
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-03-29T07:00:00Z'), '2027-W12')).toBe('2027-W13');
  });

  it('Europe/Brussels: the October change back', () => {
    // Monday 1 November 2027, UTC+1 again since Sunday 31 October: 9:00 is 08:00Z.
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-11-01T07:30:00Z'), '2027-W43')).toBeNull();
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-11-01T08:00:00Z'), '2027-W43')).toBe('2027-W44');
  });

  it('America/Toronto: Monday 9:00 local before and after the March DST change', () => {
    // Monday 8 March 2027, UTC−5: 9:00 is 14:00Z.
    expect(digestDue(monday9, 'America/Toronto', at('2027-03-08T13:59:00Z'), null)).toBeNull();
    expect(digestDue(monday9, 'America/Toronto', at('2027-03-08T14:00:00Z'), null)).toBe('2027-W10');
    // Monday 15 March 2027, UTC−4 since Sunday 14 March: 9:00 is 13:00Z.
    expect(digestDue(monday9, 'America/Toronto', at('2027-03-15T12:59:00Z'), '2027-W10')).toBeNull();
    expect(digestDue(monday9, 'America/Toronto', at('2027-03-15T13:00:00Z'), '2027-W10')).toBe('2027-W11');
  });

  it('counts the week where the community is: Sunday night in Toronto is still last week', () => {
    // Monday 22 March 03:30Z is Sunday 21 March 23:30 in Toronto (week 11, already sent).
    expect(digestDue(monday9, 'America/Toronto', at('2027-03-22T03:30:00Z'), '2027-W11')).toBeNull();
    // The same instant is Monday 04:30 in Brussels: week 12, but before 9:00.
    expect(digestDue(monday9, 'Europe/Brussels', at('2027-03-22T03:30:00Z'), '2027-W11')).toBeNull();
  });

  it('never when turned off', () => {
    expect(digestDue({ ...monday9, enabled: false }, 'Europe/Brussels', at('2027-03-24T12:00:00Z'), null)).toBeNull();
  });

  it('a custom weekday and time: not before, then later that week if missed, once per week', () => {
    const friday1730 = { enabled: true, weekday: 5, time: '17:30' };
    // Friday 26 March 2027 in Brussels (UTC+1): 17:30 is 16:30Z.
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-25T18:00:00Z'), null)).toBeNull();
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-26T16:29:00Z'), null)).toBeNull();
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-26T16:30:00Z'), null)).toBe('2027-W12');
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-27T10:00:00Z'), null)).toBe('2027-W12');
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-27T10:00:00Z'), '2027-W12')).toBeNull();
    // The next Monday begins week 13, before its Friday.
    expect(digestDue(friday1730, 'Europe/Brussels', at('2027-03-29T10:00:00Z'), '2027-W12')).toBeNull();
  });
});
