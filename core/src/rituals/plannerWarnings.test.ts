import { ritualsDraft } from '../workshops/rituals';
import { plannerWarnings } from './plannerWarnings';
import { ritualPlansOf } from './ritualPlan';
import { ritualsInput } from './testing/ritualsInput';

// The main series meets weekly on Tuesdays from 9 March 2027 (virtual); a yearly in-person half-day beside it.
const halfDay = (date: string, format = 'inPerson') => ({
  id: 'demi',
  name: 'Demi-journée',
  cadence: { every: 12, unit: 'month' },
  format,
  firstMeeting: { date, time: '09:00', timeZone: 'America/Toronto' },
  durationMinutes: 240,
});
const warnings = (over: Record<string, unknown>) => {
  const w3 = ritualsDraft.parse(ritualsInput({ format: 'virtual', inPersonPerYear: 1, ...over }));
  return plannerWarnings(w3, ritualPlansOf(w3), new Date('2027-03-01T00:00:00Z'));
};

describe('plannerWarnings', () => {
  it('warns of the day both series meet, and not of the in-person minimum once the half-day is scheduled', () => {
    const w = warnings({ series: [halfDay('2027-03-16')] });
    expect(w.collisions.map((c) => [c.date, c.plans.map((p) => p.seriesId)])).toEqual([['2027-03-16', ['main', 'demi']]]);
    expect(w.inPersonShort).toBeNull();
  });

  it('says nothing of a half-day on a day the main series does not meet', () => {
    expect(warnings({ series: [halfDay('2027-03-18')] }).collisions).toEqual([]);
  });

  it('warns when the next twelve months hold fewer in-person meetings than the minimum (hybrid not counting)', () => {
    expect(warnings({ series: [] }).inPersonShort).toEqual({ scheduled: 0, minimum: 1 });
    expect(warnings({ series: [halfDay('2027-03-18', 'hybrid')] }).inPersonShort).toEqual({ scheduled: 0, minimum: 1 });
    expect(warnings({ series: [halfDay('2027-03-18')], inPersonPerYear: 2 }).inPersonShort).toEqual({ scheduled: 1, minimum: 2 });
    expect(warnings({ series: [], inPersonPerYear: 0 }).inPersonShort).toBeNull();
  });

  it('says nothing of the minimum while no series has dates yet', () => {
    expect(warnings({ series: [], firstMeeting: undefined }).inPersonShort).toBeNull();
  });
});
