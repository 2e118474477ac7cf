import type { DecisionRecord } from '../../decisions/decision';
import { autoMeasurements } from './autoMeasurements';
import type { SurveyResult, ValueStory } from './impactReportInput';

const indicator = (name: string, source: string) => ({
  name,
  cycle: 'immediate',
  source,
  definition: 'd',
  baseline: '0',
  target: '80',
  frequency: 'month',
});
const decision = (n: number, voters: number, pollId: string | null): DecisionRecord =>
  ({ number: n, pollId, voters, eligible: 10, decidedAt: `2026-0${n}-01T00:00:00.000Z` }) as DecisionRecord;
const story = (date: string, consent: ValueStory['consent']): ValueStory => ({
  id: date,
  date,
  title: 't',
  cycle: 'applied',
  text: 'x',
  author: { userId: '', name: '' },
  consent,
});

describe('autoMeasurements', () => {
  it('measures attendance, poll participation, pulses and consented stories in their targets’ units, and nothing else', () => {
    const impact = {
      indicators: [
        indicator('Attendance', 'autoAttendance'),
        indicator('Votes', 'autoVotes'),
        indicator('Pulse', 'pulse'),
        indicator('Stories', 'story'),
        indicator('Posts', 'autoPosts'),
        indicator('Budget', 'orgData'),
      ],
    };
    const pulse: SurveyResult = {
      id: 'p',
      title: 'Pulse',
      closedAt: '2026-05-01T00:00:00.000Z',
      respondents: 6,
      eligible: 10,
      items: [
        { label: 'a', mean: 4, agreePct: 80 },
        { label: 'b', mean: 3.5, agreePct: 50 },
      ],
      openAnswers: [],
    };
    const needs: SurveyResult = { ...pulse, id: 'n', items: [] };
    const result = autoMeasurements(impact as never, {
      meetings: [{ date: '2026-03-01T17:00:00.000Z', attendees: 7, eligible: 10 }],
      decisions: [decision(1, 6, 'poll-1'), decision(2, 9, null)],
      surveys: [pulse, needs],
      stories: [story('2026-06-02', 'reportNamed'), story('2026-06-01', 'internal'), story('2026-06-03', 'reportAnonymised')],
    });
    expect(result).toEqual([
      { indicator: 'Attendance', date: '2026-03-01T17:00:00.000Z', value: 70 },
      { indicator: 'Votes', date: '2026-01-01T00:00:00.000Z', value: 60 },
      { indicator: 'Pulse', date: '2026-05-01T00:00:00.000Z', value: 3.8 },
      { indicator: 'Stories', date: '2026-06-02', value: 1 },
      { indicator: 'Stories', date: '2026-06-03', value: 2 },
    ]);
  });
});
