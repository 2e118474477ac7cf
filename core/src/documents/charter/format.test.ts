import { clock } from './clock';
import { addDays, addMonths, wordsFor } from './format';
import { datesWithin } from './schedule';

describe('format', () => {
  it('formats dates, durations, lists and percentages per language', () => {
    const fr = wordsFor('fr');
    const en = wordsFor('en');
    expect(fr.date('2027-12-01')).toBe('1 décembre 2027');
    expect(en.date('2027-12-01T23:30:00.000Z')).toBe('December 1, 2027');
    expect(en.date('not a date')).toBe('not a date');
    expect([fr.duration(45), fr.duration(120), fr.duration(90), en.duration(90)]).toEqual(['45 min', '2 h', '1 h 30', '1 h 30 min']);
    expect([fr.list(['a', 'b', 'c']), en.list(['a', 'b'])]).toEqual(['a, b et c', 'a and b']);
    expect([fr.percent(1, 3), en.percent(2, 3), en.percent(1, 0)]).toEqual(['33 %', '67%', '0%']);
    expect([fr.blank('  '), fr.blank(undefined), fr.blank('x')]).toEqual([true, true, false]);
    expect([clock(0), clock(100)]).toEqual(['0:00', '1:40']);
  });

  it('adds months without spilling into the next month, and days across years', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
  });
});

describe('schedule', () => {
  it('keeps the dates of a series that fall within the horizon', () => {
    expect(datesWithin('2026-01-15', 6, '2026-11-02', 12)).toEqual(['2027-01-15', '2027-07-15']);
    expect(datesWithin('2027-03-01', 3, '2026-11-02', 6)).toEqual(['2027-03-01']);
  });
});
