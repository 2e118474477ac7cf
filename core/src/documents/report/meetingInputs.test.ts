import type { Meeting } from '../../rituals/meeting';
import type { Survey } from '../../surveys/survey';
import { reportMeetings } from './meetingInputs';

const meeting = (date: string, over: Partial<Meeting> = {}): Meeting => ({
  seriesId: 'main',
  format: null,
  date,
  index: 0,
  startsAt: `${date}T13:00:00.000Z`,
  endsAt: `${date}T15:00:00.000Z`,
  timeZone: 'America/Toronto',
  posted: { announce: `${date}T00:00:00.000Z`, checkIn: `${date}T13:00:00.000Z` },
  posts: {},
  capture: null,
  checkoutSurveyId: null,
  ...over,
});
const checkout = (id: string, answers: number[]) => ({
  survey: { id, kind: 'checkout', threshold: 5 } as Survey,
  responses: answers.map((useful) => ({ answers: { useful } })),
});

describe('reportMeetings', () => {
  it('counts meetings whose check-in went out, with check-out answers as attendance and usefulness from the threshold', () => {
    const meetings = [
      meeting('2026-09-01', { checkoutSurveyId: 'a' }),
      meeting('2026-10-01', { checkoutSurveyId: 'b' }),
      meeting('2026-11-01', { posted: { announce: '2026-10-31T00:00:00.000Z' } }),
      meeting('2026-11-15'),
    ];
    expect(reportMeetings(meetings, [checkout('a', [5, 4, 4, 3, 5]), checkout('b', [2, 3])], 12)).toEqual([
      { date: '2026-09-01T13:00:00.000Z', attendees: 5, eligible: 12, usefulness: 4.2 },
      { date: '2026-10-01T13:00:00.000Z', attendees: 2, eligible: 12 },
      { date: '2026-11-15T13:00:00.000Z', attendees: 0, eligible: 12 },
    ]);
  });
});
