import { compassDue, compassDueAt, compassEveryMonths, compassRhythmOf, compassStartedAt, kickOffDateOf } from './compassRhythm';

const every6 = compassRhythmOf(undefined);

describe('compass rhythm (the one rule of the digest and the timer)', () => {
  it('defaults to every six months, opened automatically', () => {
    expect(every6).toEqual({ everyMonths: compassEveryMonths, firstDate: null, automatic: true });
    expect(compassEveryMonths).toBe(6);
  });

  it('reads workshop 6’s schedule: its months, its first date, and the facilitators opening runs by hand', () => {
    expect(compassRhythmOf({ compassSchedule: { firstDate: '2027-01-15', everyMonths: 4, openedByHand: undefined } })).toEqual({
      everyMonths: 4,
      firstDate: '2027-01-15',
      automatic: true,
    });
    expect(compassRhythmOf({ compassSchedule: { firstDate: undefined, everyMonths: undefined, openedByHand: true } }).automatic).toBe(
      false,
    );
  });

  it('is due six months after the community began, then six months after each run opened', () => {
    const clock = { lastOpenedAt: null, startedAt: '2026-09-01T10:00:00Z', rhythm: every6 };
    expect(compassDueAt(clock).toISOString()).toBe('2027-03-01T10:00:00.000Z');
    expect(compassDue(clock, new Date('2027-03-01T09:59:59Z'))).toBeNull();
    expect(compassDue(clock, new Date('2027-03-01T10:00:00Z'))).toBe('first');
    const after = { ...clock, lastOpenedAt: '2027-03-01T10:00:00Z' };
    expect(compassDue(after, new Date('2027-08-31T10:00:00Z'))).toBeNull();
    expect(compassDue(after, new Date('2027-09-01T10:00:00Z'))).toBe('again');
  });

  it('starts the clock at the kick-off (workshop 3’s first meeting) when planned, else at the creation', () => {
    expect(kickOffDateOf({ firstMeeting: { date: '2027-01-12', time: '18:00', timeZone: 'Europe/Brussels' } })).toBe('2027-01-12');
    expect(kickOffDateOf({})).toBeNull();
    expect(compassStartedAt('2026-09-01T10:00:00Z', '2027-01-12')).toBe('2027-01-12T00:00:00.000Z');
    expect(compassStartedAt('2026-09-01T10:00:00Z', null)).toBe('2026-09-01T10:00:00Z');
    const clock = { lastOpenedAt: null, startedAt: compassStartedAt('2026-09-01T10:00:00Z', '2027-01-12'), rhythm: every6 };
    expect(compassDue(clock, new Date('2027-03-02T00:00:00Z'))).toBeNull();
    expect(compassDue(clock, new Date('2027-07-12T00:00:00Z'))).toBe('first');
  });

  it('starts on workshop 6’s first date before any run, and follows its months after', () => {
    const rhythm = compassRhythmOf({ compassSchedule: { firstDate: '2026-10-15', everyMonths: 3, openedByHand: false } });
    const clock = { lastOpenedAt: null, startedAt: '2026-09-01T10:00:00Z', rhythm };
    expect(compassDue(clock, new Date('2026-10-14T23:59:00Z'))).toBeNull();
    expect(compassDue(clock, new Date('2026-10-15T00:00:00Z'))).toBe('first');
    const after = { ...clock, lastOpenedAt: '2026-10-15T06:00:00Z' };
    expect(compassDueAt(after).toISOString()).toBe('2027-01-15T06:00:00.000Z');
  });
});
