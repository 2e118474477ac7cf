import type { DecisionRecord } from '../../decisions/decision';
import { starterIndicators } from '../../workshops/impactStarters';
import { measureOf } from '../../workshops/indicatorMeasure';
import { autoMeasurements, type MeasurementSources } from './autoMeasurements';
import type { SurveyResult, ValueStory } from './impactReportInput';

const indicator = (name: string, over: object) => ({
  name,
  cycle: 'immediate',
  definition: 'd',
  baseline: '0',
  target: '80',
  frequency: 'month',
  ...over,
});
const decision = (n: number, over: Partial<DecisionRecord>): DecisionRecord =>
  ({
    number: n,
    pollId: `poll-${n}`,
    voters: 5,
    eligible: 10,
    outcome: 'adopted',
    subject: null,
    decisionType: null,
    decidedAt: `2026-0${n}-01T00:00:00.000Z`,
    ...over,
  }) as DecisionRecord;
const story = (date: string, consent: ValueStory['consent']): ValueStory => ({
  id: date,
  date,
  title: 't',
  cycle: 'applied',
  text: 'x',
  author: { userId: '', name: '' },
  consent,
});
const pulse: SurveyResult = {
  id: 'p',
  title: 'Pulse',
  closedAt: '2026-05-01T00:00:00.000Z',
  respondents: 6,
  eligible: 10,
  items: (['P1', 'P4', 'P6', 'P7', 'P11'] as const).map((itemId, i) => ({ label: itemId, mean: 1.1 + i, agreePct: 10 * i, itemId })),
  openAnswers: [],
};

// Every source holds a value no other source has, so a figure read from the wrong data shows.
const sources: MeasurementSources = {
  meetings: [
    { date: '2026-03-01T17:00:00.000Z', attendees: 7, eligible: 10, usefulness: 4.4 },
    { date: '2026-04-01T17:00:00.000Z', attendees: 3, eligible: 10 },
  ],
  decisions: [
    decision(1, { voters: 6 }),
    decision(2, { voters: 9, decisionType: { label: 'Livrables', kind: 'deliverable' } }),
    decision(3, { outcome: 'rejected', decisionType: { label: 'Livrables', kind: 'deliverable' } }),
    decision(4, { voters: 8, subject: 'charter' }),
    decision(5, { voters: 2, subject: 'charter', outcome: 'noQuorum' }),
    decision(6, { pollId: null }),
  ],
  surveys: [pulse, { ...pulse, id: 'n', items: [] }],
  stories: [story('2026-06-02', 'reportNamed'), story('2026-06-01', 'internal'), story('2026-06-03', 'reportAnonymised')],
};

/** The values one starter indicator gets from the fixture above, as `[date, value]`. */
function measuredStarter(key: string, measurements: { indicator: string; date: string; value: number }[] = []) {
  const s = starterIndicators.find((x) => x.key === key)!;
  const impact = { indicators: [indicator(key, s)], measurements: measurements.map((m) => ({ ...m, indicator: key })) };
  return autoMeasurements(impact as never, sources).map((m) => [m.date.slice(0, 10), m.value]);
}

describe('each starter indicator is measured from the data it names, and only that', () => {
  const expected: Record<string, [string, number][]> = {
    // Check-out answers over members, per meeting.
    attendance: [
      ['2026-03-01', 70],
      ['2026-04-01', 30],
    ],
    // Voters over eligible, per decision taken by a poll (decision 6 was not).
    pollParticipation: [
      ['2026-01-01', 60],
      ['2026-02-01', 90],
      ['2026-03-01', 50],
      ['2026-04-01', 80],
      ['2026-05-01', 20],
    ],
    // The check-out's usefulness mean, where it was shown.
    usefulness: [['2026-03-01', 4.4]],
    // Each pulse indicator: its own statement's mean.
    trust: [['2026-05-01', 2.1]],
    skills: [['2026-05-01', 3.1]],
    usedAtWork: [['2026-05-01', 4.1]],
    newContacts: [['2026-05-01', 5.1]],
    // Adopted decisions of the "deliverable" kind, counted (the rejected one is not).
    deliverablesAdopted: [['2026-02-01', 1]],
    // Adopted charter versions (the poll without quorum adopted nothing).
    charterRevisions: [['2026-04-01', 1]],
    // Stories consented to the report, counted in date order.
    applications: [
      ['2026-06-02', 1],
      ['2026-06-03', 2],
    ],
    resultStories: [
      ['2026-06-02', 1],
      ['2026-06-03', 2],
    ],
  };

  it.each(Object.entries(expected))('%s', (key, values) => {
    expect(measuredStarter(key)).toEqual(values);
  });

  it.each(starterIndicators.filter((s) => !(s.key in expected)).map((s) => s.key))(
    '%s has no data Élan sees: only what is entered by hand',
    (key) => {
      expect(measuredStarter(key)).toEqual([]);
      expect(measuredStarter(key, [{ indicator: key, date: '2026-07-01', value: 12.5 }])).toEqual([['2026-07-01', 12.5]]);
    },
  );

  it('names every starter either in the table above or as entered by hand', () => {
    for (const s of starterIndicators) expect(s.key in expected).toBe(measureOf(indicator(s.key, s) as never) !== null);
  });
});

describe('autoMeasurements', () => {
  it('reads an indicator without a measure from what its source can only mean, and a pulse without its statement as by hand', () => {
    const impact = {
      indicators: [
        indicator('Votes', { source: 'autoVotes' }),
        indicator('Pulse', { source: 'pulse' }),
        indicator('Pulse item missing', { source: 'pulse', measure: 'pulseItem' }),
        indicator('Posts', { source: 'autoPosts' }),
      ],
      measurements: [
        { indicator: 'Pulse', date: '2026-08-01', value: 3 },
        // Hand entries never override what Élan measures, and half-filled rows are skipped.
        { indicator: 'Votes', date: '2026-08-01', value: 99 },
        { indicator: 'Posts', date: '2026-08-01' },
      ],
    };
    const result = autoMeasurements(impact as never, sources);
    expect(result.filter((m) => m.indicator === 'Votes').map((m) => m.value)).toEqual([60, 90, 50, 80, 20]);
    expect(result.filter((m) => m.indicator !== 'Votes')).toEqual([{ indicator: 'Pulse', date: '2026-08-01', value: 3 }]);
  });
});
