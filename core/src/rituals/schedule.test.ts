import { nextMeetingDates, zonedTimeToInstant } from './schedule';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('nextMeetingDates', () => {
  it('keeps the wall-clock time across the spring change in Toronto', () => {
    const dates = nextMeetingDates({ date: '2027-03-02', time: '13:30' }, { every: 1, unit: 'week' }, 3, 'America/Toronto');
    // 13:30 EST is 18:30Z; after 14 March, 13:30 EDT is 17:30Z.
    expect(iso(dates)).toEqual(['2027-03-02T18:30:00.000Z', '2027-03-09T18:30:00.000Z', '2027-03-16T17:30:00.000Z']);
  });

  it('keeps the wall-clock time across the autumn change in Brussels', () => {
    const dates = nextMeetingDates({ date: '2027-10-19', time: '09:00' }, { every: 2, unit: 'week' }, 2, 'Europe/Brussels');
    // 09:00 CEST is 07:00Z; after 31 October, 09:00 CET is 08:00Z.
    expect(iso(dates)).toEqual(['2027-10-19T07:00:00.000Z', '2027-11-02T08:00:00.000Z']);
  });

  it('counts months from the start, taking the last day of short months', () => {
    const dates = nextMeetingDates({ date: '2027-01-31', time: '10:00' }, { every: 1, unit: 'month' }, 4, 'UTC');
    expect(iso(dates)).toEqual([
      '2027-01-31T10:00:00.000Z',
      '2027-02-28T10:00:00.000Z',
      '2027-03-31T10:00:00.000Z',
      '2027-04-30T10:00:00.000Z',
    ]);
    const leap = nextMeetingDates({ date: '2027-12-29', time: '10:00' }, { every: 2, unit: 'month' }, 2, 'UTC');
    expect(iso(leap)).toEqual(['2027-12-29T10:00:00.000Z', '2028-02-29T10:00:00.000Z']);
  });

  it('skips meetings before `after`, even far from the start', () => {
    const dates = nextMeetingDates(
      { date: '2020-01-07', time: '13:30' },
      { every: 6, unit: 'week' },
      2,
      'America/Toronto',
      new Date('2027-03-01T00:00:00Z'),
    );
    expect(dates).toHaveLength(2);
    expect(dates[0]!.getTime()).toBeGreaterThanOrEqual(Date.parse('2027-03-01T00:00:00Z'));
    expect(dates[1]!.getTime() - dates[0]!.getTime()).toBeGreaterThan(41 * 86_400_000);
    // Still Tuesdays at 13:30 in Toronto.
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Toronto',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const parts = (d: Date) =>
      fmt
        .formatToParts(d)
        .filter((p) => p.type !== 'literal')
        .map((p) => p.value)
        .join(' ');
    expect(dates.map(parts)).toEqual(['Tue 13 30', 'Tue 13 30']);
  });

  it('refuses what it cannot read', () => {
    expect(nextMeetingDates({ date: '2027-02-30x', time: '10:00' }, { every: 1, unit: 'week' }, 3, 'UTC')).toEqual([]);
    expect(nextMeetingDates({ date: '2027-02-03', time: '25:00' }, { every: 1, unit: 'week' }, 3, 'UTC')).toEqual([]);
    expect(nextMeetingDates({ date: '2027-02-03', time: '10:00' }, { every: 0, unit: 'week' }, 3, 'UTC')).toEqual([]);
    expect(nextMeetingDates({ date: '2027-02-03', time: '10:00' }, { every: 1, unit: 'week' }, 3, 'Mars/Olympus')).toEqual([]);
  });
});

describe('zonedTimeToInstant', () => {
  it('moves a time that does not exist forward by the gap', () => {
    // 14 March 2027, 02:30 does not exist in Toronto: it becomes 03:30 EDT = 07:30Z.
    expect(new Date(zonedTimeToInstant(Date.UTC(2027, 2, 14, 2, 30), 'America/Toronto')).toISOString()).toBe('2027-03-14T07:30:00.000Z');
  });

  it('takes the first of a time that happens twice', () => {
    // 7 November 2027, 01:30 happens in EDT (05:30Z) then in EST (06:30Z).
    expect(new Date(zonedTimeToInstant(Date.UTC(2027, 10, 7, 1, 30), 'America/Toronto')).toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });

  it('works on either side of the date line', () => {
    expect(new Date(zonedTimeToInstant(Date.UTC(2027, 6, 1, 9, 0), 'Pacific/Auckland')).toISOString()).toBe('2027-06-30T21:00:00.000Z');
  });
});
