import { ritualPlanFor } from '../rituals/testing/ritualsInput';
import { latestEndedMeeting, reviewedMeeting, selfReviewDueMeetings } from './selfReviewMeetings';

// Weekly 2-hour meetings from Tuesday 9 March 2027, 13:30 in Toronto (18:30Z before the DST change of 14 March).
const plan = ritualPlanFor();
const dates = (at: string) => selfReviewDueMeetings(plan, new Date(at)).map((m) => m.date);

describe('which meetings are due a self-review card', () => {
  it('none before a meeting ends, the meeting once it has, for a day after', () => {
    expect(dates('2027-03-09T18:00:00Z')).toEqual([]);
    expect(dates('2027-03-09T20:00:00Z')).toEqual([]);
    expect(dates('2027-03-09T20:30:00Z')).toEqual(['2027-03-09']);
    expect(dates('2027-03-10T20:29:00Z')).toEqual(['2027-03-09']);
    expect(dates('2027-03-10T20:31:00Z')).toEqual([]);
  });

  it('follows the meetings’ own clock across daylight saving (the 16 March meeting ends at 19:30Z)', () => {
    expect(dates('2027-03-16T19:31:00Z')).toEqual(['2027-03-16']);
    const [facts] = selfReviewDueMeetings(plan, new Date('2027-03-16T19:31:00Z'));
    expect(facts).toMatchObject({ seriesId: 'main', index: 1, endsAt: '2027-03-16T19:30:00.000Z' });
  });

  it('the latest finished meeting, whatever the series, for a review from the tab', () => {
    expect(latestEndedMeeting([plan], new Date('2027-03-09T20:00:00Z'))).toBeUndefined();
    expect(latestEndedMeeting([plan], new Date('2027-03-12T12:00:00Z'))?.date).toBe('2027-03-09');
    expect(latestEndedMeeting([plan], new Date('2027-05-01T12:00:00Z'))?.date).toBe('2027-04-27');
    const monthly = { ...ritualPlanFor({ cadence: { every: 1, unit: 'month' } }), seriesId: 'mois' };
    const latest = latestEndedMeeting([plan, monthly], new Date('2027-04-10T12:00:00Z'));
    expect(latest?.date).toBe('2027-04-09');
    expect(latest?.seriesId).toBe('mois');
    expect(latestEndedMeeting([], new Date('2027-05-01T12:00:00Z'))).toBeUndefined();
  });

  it('names a meeting by its key: the date for the main series, date~series for the others', () => {
    expect(reviewedMeeting({ meetingDate: '2027-03-09' })).toEqual({ seriesId: 'main', date: '2027-03-09', key: '2027-03-09' });
    expect(reviewedMeeting({ meetingDate: '2027-03-09', seriesId: 'demi' }).key).toBe('2027-03-09~demi');
  });
});
