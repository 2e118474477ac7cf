import { formatCalendarDay, formatInstant } from './formatDate';

describe('formatDate', () => {
  it('shows a calendar day as that day, in French and English', () => {
    expect(formatCalendarDay('fr', '2027-03-16', 'full')).toBe('mardi 16 mars 2027');
    expect(formatCalendarDay('en', '2027-03-16')).toBe('March 16, 2027');
  });

  it('shows an instant with or without its time', () => {
    const iso = '2027-03-16T12:00:00.000Z';
    expect(formatInstant('fr', iso, 'longDate')).toMatch(/^1[56] mars 2027$/);
    expect(formatInstant('en', iso, 'date')).toMatch(/^Mar\. 1[56], 2027$|^Mar 1[56], 2027$/);
    expect(formatInstant('en', iso).length).toBeGreaterThan(formatInstant('en', iso, 'date').length);
  });
});
