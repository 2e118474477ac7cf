import { type RitualsDraft, ritualsDraft } from '../workshops/rituals';
import { dueRitualSteps, ritualPlanOf, rolesAt, segmentStarts } from './ritualPlan';
import { ritualsInput } from './testing/ritualsInput';

// From Tuesday 2 March, a week earlier than the shared workshop, with the segments 10, 90 and 20 minutes long.
const w3 = (over: Record<string, unknown> = {}): RitualsDraft =>
  ritualsDraft.parse(ritualsInput({ firstMeeting: { date: '2027-03-02', time: '13:30', timeZone: 'America/Toronto' }, ...over }));

const stages = (plan: ReturnType<typeof ritualPlanOf>, at: string) =>
  dueRitualSteps(plan!, new Date(at)).map((s) => `${s.meeting.date} ${s.stage}`);

describe('ritualPlanOf', () => {
  it('needs a first meeting with date, time and zone, a rhythm and a duration', () => {
    expect(ritualPlanOf(w3())).not.toBeNull();
    expect(ritualPlanOf(w3({ firstMeeting: { date: '2027-03-02', time: '13:30' } }))).toBeNull();
    expect(ritualPlanOf(w3({ firstMeeting: undefined }))).toBeNull();
    expect(ritualPlanOf(w3({ cadence: undefined }))).toBeNull();
    expect(ritualPlanOf(w3({ durationMinutes: undefined }))).toBeNull();
    expect(ritualPlanOf({})).toBeNull();
  });

  it('defaults the lead time to 24 hours and keeps the summary private unless workshop 3 opens it', () => {
    const plan = ritualPlanOf(w3({ leadTimeHours: undefined }))!;
    expect(plan.leadTimeHours).toBe(24);
    expect(plan.summaryPublic).toBe(false);
    expect(ritualPlanOf(w3({ capture: { summaryVisibility: 'organisation' } }))!.summaryPublic).toBe(true);
  });
});

describe('dueRitualSteps', () => {
  const plan = ritualPlanOf(w3());

  it('announces within the lead time, checks in during the meeting, captures and checks out after it', () => {
    // First meeting: 2 March 2027 13:30 EST = 18:30Z, ends 20:30Z.
    expect(stages(plan, '2027-03-01T18:29:00Z')).toEqual([]);
    expect(stages(plan, '2027-03-01T18:30:00Z')).toEqual(['2027-03-02 announce']);
    expect(stages(plan, '2027-03-02T18:29:59Z')).toEqual(['2027-03-02 announce']);
    expect(stages(plan, '2027-03-02T18:30:00Z')).toEqual(['2027-03-02 checkIn']);
    expect(stages(plan, '2027-03-02T20:30:00Z')).toEqual(['2027-03-02 capture', '2027-03-02 checkOut']);
    expect(stages(plan, '2027-03-03T20:29:00Z')).toEqual(['2027-03-02 capture', '2027-03-02 checkOut']);
    expect(stages(plan, '2027-03-03T20:30:00Z')).toEqual([]);
  });

  it('follows daylight saving in Toronto: 13:30 stays 13:30 after the March change', () => {
    // 16 March 2027 is after the 14 March change: 13:30 EDT = 17:30Z.
    expect(stages(plan, '2027-03-16T17:29:00Z')).toEqual(['2027-03-16 announce']);
    expect(stages(plan, '2027-03-16T17:30:00Z')).toEqual(['2027-03-16 checkIn']);
    expect(dueRitualSteps(plan!, new Date('2027-03-16T17:30:00Z'))[0]!.meeting.startsAt.toISOString()).toBe('2027-03-16T17:30:00.000Z');
  });

  it('follows daylight saving in Brussels: 09:00 stays 09:00 after the October change', () => {
    const brussels = ritualPlanOf(
      w3({ firstMeeting: { date: '2027-10-19', time: '09:00', timeZone: 'Europe/Brussels' }, cadence: { every: 2, unit: 'week' } }),
    );
    expect(stages(brussels, '2027-10-19T07:00:00Z')).toEqual(['2027-10-19 checkIn']);
    // 2 November: 09:00 CET = 08:00Z, so 07:30Z is still before it.
    expect(stages(brussels, '2027-11-02T07:30:00Z')).toEqual(['2027-11-02 announce']);
    expect(stages(brussels, '2027-11-02T08:00:00Z')).toEqual(['2027-11-02 checkIn']);
  });

  it('numbers meetings from the first, and posts nothing for meetings before the first', () => {
    expect(stages(plan, '2027-02-20T00:00:00Z')).toEqual([]);
    expect(dueRitualSteps(plan!, new Date('2027-03-16T17:30:00Z'))[0]!.meeting.index).toBe(2);
  });

  it('can announce the next meeting while the last one is still being captured (long lead time)', () => {
    const daily = ritualPlanOf(w3({ leadTimeHours: 168 }));
    expect(stages(daily, '2027-03-02T21:00:00Z')).toEqual(['2027-03-02 capture', '2027-03-02 checkOut', '2027-03-09 announce']);
  });
});

describe('rolesAt', () => {
  it('keeps fixed holders and rotates the note-taker among the people, one step per meeting', () => {
    const plan = ritualPlanOf(w3())!;
    const people = ['Ana', 'Ben', 'Nadia'];
    const noteTaker = (i: number) => rolesAt(plan, i, people).find((a) => a.role === 'noteTaker')!.person;
    expect(rolesAt(plan, 0, people)[0]).toEqual({ role: 'facilitator', kind: 'fixed', person: 'Nadia' });
    // Nadia holds a fixed role, so she is out of the rotation.
    expect([0, 1, 2, 3].map(noteTaker)).toEqual(['Ana', 'Ben', 'Ana', 'Ben']);
  });
});

describe('segmentStarts', () => {
  it('gives each segment its offset from the start', () => {
    expect(segmentStarts(ritualPlanOf(w3())!.agenda)).toEqual([0, 10, 100]);
  });
});
