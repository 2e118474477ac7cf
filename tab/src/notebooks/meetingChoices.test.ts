import type { MeetingView } from '@elan/core/contract';
import { ritualsDraft } from '@elan/core/workshops/rituals';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { comingCount, meetingChoices, recentCount } from './meetingChoices';

// Weekly on Tuesdays from 9 March 2027, 13:30 in Toronto.
const w3 = ritualsDraft.parse(ritualsInput());

const recorded = (date: string, seriesId = 'main'): MeetingView => ({
  seriesId,
  format: 'virtual',
  date,
  startsAt: `${date}T17:30:00.000Z`,
  endsAt: `${date}T19:30:00.000Z`,
  timeZone: 'America/Toronto',
  announcedAt: null,
  checkInAt: null,
  captureAt: null,
  checkOutAt: null,
  held: true,
  checkoutSurveyId: null,
  capture: null,
});

describe('meetingChoices', () => {
  it('offers the first coming meetings before the series starts', () => {
    const [main, ...others] = meetingChoices(w3, [], new Date('2026-12-03T12:00:00Z'));
    expect(others).toEqual([]);
    expect(main).toEqual({
      seriesId: 'main',
      seriesName: null,
      dates: ['2027-03-09', '2027-03-16', '2027-03-23'],
      preferred: '2027-03-09',
    });
  });

  it('offers the recent and the coming meetings, the one just held first chosen', () => {
    const [main] = meetingChoices(w3, [], new Date('2027-05-05T12:00:00Z'));
    expect(main!.dates).toEqual([
      '2027-03-30',
      '2027-04-06',
      '2027-04-13',
      '2027-04-20',
      '2027-04-27',
      '2027-05-04',
      '2027-05-11',
      '2027-05-18',
      '2027-05-25',
    ]);
    expect(main!.dates).toHaveLength(recentCount + comingCount);
    expect(main!.preferred).toBe('2027-05-04');
  });

  it('counts a meeting of today as held, and adds the meetings the bot recorded, also of series no longer planned', () => {
    const choices = meetingChoices(w3, [recorded('2027-03-12'), recorded('2027-03-10', 'demi')], new Date('2027-03-16T20:00:00Z'));
    expect(choices.map((c) => c.seriesId)).toEqual(['main', 'demi']);
    expect(choices[0]!.dates).toEqual(['2027-03-09', '2027-03-12', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']);
    expect(choices[0]!.preferred).toBe('2027-03-16');
    expect(choices[1]).toEqual({ seriesId: 'demi', seriesName: null, dates: ['2027-03-10'], preferred: '2027-03-10' });
  });

  it('offers nothing while workshop 3 schedules no meeting and the bot recorded none', () => {
    expect(meetingChoices({}, [], new Date('2027-03-16T20:00:00Z'))).toEqual([]);
  });
});
