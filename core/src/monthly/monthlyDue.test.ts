import { firstWorkingDay, monthlySummaryDue, previousMonth } from './monthlyDue';

describe('firstWorkingDay', () => {
  it.each([
    ['2027-03', '2027-03-01'], // a Monday
    ['2027-04', '2027-04-01'], // a Thursday
    ['2027-05', '2027-05-03'], // the 1st is a Saturday
    ['2026-11', '2026-11-02'], // the 1st is a Sunday
    ['2028-01', '2028-01-03'], // the 1st is a Saturday
  ])('%s → %s', (month, day) => expect(firstWorkingDay(month)).toBe(day));
});

describe('previousMonth', () => {
  it('crosses the year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2027-04')).toBe('2027-03');
  });
});

describe('monthlySummaryDue', () => {
  const due = (timeZone: string, iso: string, last: string | null = null) => monthlySummaryDue(timeZone, new Date(iso), last);

  it('in Brussels, 9:00 on the first working day is 08:00Z in winter and 07:00Z after the spring change', () => {
    // Monday 1 March 2027, UTC+1.
    expect(due('Europe/Brussels', '2027-03-01T07:59:00Z')).toBeNull();
    expect(due('Europe/Brussels', '2027-03-01T08:00:00Z')).toBe('2027-02');
    // Thursday 1 April 2027, UTC+2 since Sunday 28 March.
    expect(due('Europe/Brussels', '2027-04-01T06:59:00Z')).toBeNull();
    expect(due('Europe/Brussels', '2027-04-01T07:00:00Z')).toBe('2027-03');
    // Monday 1 November 2027, UTC+1 again since Sunday 31 October.
    expect(due('Europe/Brussels', '2027-11-01T07:30:00Z')).toBeNull();
    expect(due('Europe/Brussels', '2027-11-01T08:00:00Z')).toBe('2027-10');
  });

  it('in Toronto, 9:00 on the first working day is 14:00Z in winter and 13:00Z in summer', () => {
    // Monday 1 March 2027, UTC−5.
    expect(due('America/Toronto', '2027-03-01T13:59:00Z')).toBeNull();
    expect(due('America/Toronto', '2027-03-01T14:00:00Z')).toBe('2027-02');
    // Thursday 1 April 2027, UTC−4 since Sunday 14 March.
    expect(due('America/Toronto', '2027-04-01T12:59:00Z')).toBeNull();
    expect(due('America/Toronto', '2027-04-01T13:00:00Z')).toBe('2027-03');
    // Wednesday 1 December 2027, UTC−5 again since Sunday 7 November.
    expect(due('America/Toronto', '2027-12-01T13:00:00Z')).toBeNull();
    expect(due('America/Toronto', '2027-12-01T14:00:00Z')).toBe('2027-11');
  });

  it('waits for the Monday when the month begins on a weekend', () => {
    // Saturday 1 May 2027 and Sunday 2 May, all day in Brussels.
    expect(due('Europe/Brussels', '2027-05-01T10:00:00Z')).toBeNull();
    expect(due('Europe/Brussels', '2027-05-02T20:00:00Z')).toBeNull();
    // Monday 3 May, 8:59 then 9:00 in Brussels (UTC+2).
    expect(due('Europe/Brussels', '2027-05-03T06:59:00Z')).toBeNull();
    expect(due('Europe/Brussels', '2027-05-03T07:00:00Z')).toBe('2027-04');
  });

  it('reads the month on the community’s clock: 1 April 02:00Z is still 31 March in Toronto', () => {
    // March's own summary (of February) was sent: nothing until April's first working day in Toronto.
    expect(due('America/Toronto', '2027-04-01T02:00:00Z', '2027-02')).toBeNull();
    // In Brussels it is already 1 April, 04:00: before 9:00.
    expect(due('Europe/Brussels', '2027-04-01T02:00:00Z', '2027-02')).toBeNull();
  });

  it('a timer that missed 9:00 still sends later that month, once', () => {
    expect(due('Europe/Brussels', '2027-04-20T15:00:00Z')).toBe('2027-03');
    expect(due('Europe/Brussels', '2027-04-20T15:00:00Z', '2027-03')).toBeNull();
    // A summary already sent for March does not stop April's in May.
    expect(due('Europe/Brussels', '2027-05-03T07:00:00Z', '2027-03')).toBe('2027-04');
  });
});
