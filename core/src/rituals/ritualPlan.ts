import { type MeetingFormat, type MeetingSeriesDraft, mainSeriesId, type RitualsDraft } from '../workshops/rituals';
import type { MeetingFacts, RitualStage } from './meeting';
import { type Assignment, rotationPlan } from './rotation';
import { type Cadence, type LocalStart, type ScheduledMeeting, scheduledMeetings } from './schedule';

const hourMs = 3600 * 1000;
/** How long before a meeting its card goes out when workshop 3 does not say. */
export const defaultLeadTimeHours = 24;
/**
 * How long after a meeting ends its capture card and check-out pulse may still go out: long enough to ride out
 * a few missed timer runs, short enough that a first meeting set in the past does not post stale cards.
 */
export const afterMeetingWindowHours = 24;

/** One agenda segment as the card shows it. */
export interface PlannedSegment {
  label: string;
  minutes: number;
  roleInCharge: string | null;
}

/** Everything the bot needs from workshop 3 to run one series of a community's meetings. */
export interface RitualPlan {
  /** `main` for the rhythm at the top of workshop 3, else the series' id: part of each meeting's key. */
  seriesId: string;
  /** The series' name as the facilitator gave it; null for the main series. */
  seriesName: string | null;
  /** Virtual, in person or hybrid; null while workshop 3 does not say. */
  format: MeetingFormat | null;
  start: LocalStart;
  cadence: Cadence;
  timeZone: string;
  durationMinutes: number;
  leadTimeHours: number;
  place: string | null;
  agenda: PlannedSegment[];
  /** The kick-off: the main series' first meeting, run on its own agenda when workshop 3 wrote one. */
  kickOff?: { date: string; agenda: PlannedSegment[] } | null;
  roles: { role: string; holder?: string; rotation?: 'fixed' | 'rotating' | 'volunteer' }[];
  checkInQuestion: string | null;
  /** The expert invited to a meeting, by the meeting's local date (YYYY-MM-DD). */
  guests: Record<string, MeetingGuest>;
  /** Whether the public summary may be shown beyond members (workshop 3's summary visibility). */
  summaryPublic: boolean;
  dueWorkingDays: number | null;
}

/** An expert invited to one meeting. */
export interface MeetingGuest {
  name: string;
  organisation: string | null;
  topic: string | null;
}

/** The invited experts of workshop 3 by meeting date (rows without a date or a name are still being typed). */
function guestsOf(w3: RitualsDraft): Record<string, MeetingGuest> {
  const out: Record<string, MeetingGuest> = {};
  for (const g of w3.guests ?? [])
    if (g.meetingDate && g.guestName?.trim())
      out[g.meetingDate] = { name: g.guestName.trim(), organisation: g.organisation?.trim() || null, topic: g.topic?.trim() || null };
  return out;
}

/** A meeting with its end. */
export interface PlannedMeeting extends ScheduledMeeting {
  endsAt: Date;
}

/** One card that is due now. */
export interface DueStep {
  meeting: PlannedMeeting;
  stage: RitualStage;
}

type Segment = NonNullable<RitualsDraft['agendaTemplate']>[number];
type Role = NonNullable<RitualsDraft['roles']>[number];

const agendaOf = (segments: readonly Segment[] | undefined): PlannedSegment[] =>
  (segments ?? [])
    .filter((s) => s.label?.trim() && s.minutes)
    .map((s) => ({ label: s.label!.trim(), minutes: s.minutes!, roleInCharge: s.roleInCharge ?? null }));

/** The kick-off's agenda on the first meeting's date, or null when workshop 3 kept the usual agenda for it. */
function kickOffOf(w3: RitualsDraft, firstDate: string): RitualPlan['kickOff'] {
  const agenda = agendaOf(w3.kickOffAgenda);
  return agenda.length > 0 ? { date: firstDate, agenda } : null;
}

/** The agenda a given meeting runs on: the kick-off's on its date, else the series' usual one. */
export function agendaFor(plan: RitualPlan, date: string): { kickOff: boolean; agenda: PlannedSegment[] } {
  return plan.kickOff && plan.kickOff.date === date
    ? { kickOff: true, agenda: plan.kickOff.agenda }
    : { kickOff: false, agenda: plan.agenda };
}

const rolesOf = (roles: readonly Role[] | undefined): RitualPlan['roles'] =>
  (roles ?? []).filter((r) => r.role).map((r) => ({ role: r.role!, holder: r.holder?.name, rotation: r.rotation }));

/** What a series needs to be scheduled: a first meeting with date, time and zone, a rhythm and a duration. */
type Timing = Pick<RitualsDraft, 'cadence' | 'durationMinutes' | 'firstMeeting'>;

function timingOf(t: Timing): Pick<RitualPlan, 'start' | 'cadence' | 'timeZone' | 'durationMinutes'> | null {
  const first = t.firstMeeting;
  const every = t.cadence?.every;
  const unit = t.cadence?.unit;
  if (!first?.date || !first.time || !first.timeZone || !every || !unit || !t.durationMinutes) return null;
  return {
    start: { date: first.date, time: first.time },
    cadence: { every, unit },
    timeZone: first.timeZone,
    durationMinutes: t.durationMinutes,
  };
}

/** The main series' plan, or null while workshop 3 lacks a first meeting (date, time, zone), a rhythm or a duration. */
export function ritualPlanOf(w3: RitualsDraft): RitualPlan | null {
  const timing = timingOf(w3);
  if (!timing) return null;
  return {
    seriesId: mainSeriesId,
    seriesName: null,
    format: w3.format ?? null,
    ...timing,
    leadTimeHours: w3.leadTimeHours ?? defaultLeadTimeHours,
    place: w3.place?.trim() || null,
    agenda: agendaOf(w3.agendaTemplate),
    kickOff: kickOffOf(w3, timing.start.date),
    roles: rolesOf(w3.roles),
    checkInQuestion: w3.checkInQuestion?.trim() || null,
    guests: guestsOf(w3),
    summaryPublic: (w3.capture?.summaryVisibility ?? 'members') !== 'members',
    dueWorkingDays: w3.capture?.dueWorkingDays ?? null,
  };
}

/**
 * One more series' plan: its own timing, format, place, agenda and roles (an empty agenda or role list takes the
 * main series'); the lead time, check-in question, guests and capture rules are the community's.
 */
function seriesPlanOf(w3: RitualsDraft, series: MeetingSeriesDraft): RitualPlan | null {
  const timing = timingOf(series);
  if (!timing || !series.id) return null;
  const agenda = agendaOf(series.agendaTemplate);
  const roles = rolesOf(series.roles);
  return {
    seriesId: series.id,
    seriesName: series.name?.trim() || null,
    format: series.format ?? null,
    ...timing,
    leadTimeHours: w3.leadTimeHours ?? defaultLeadTimeHours,
    place: series.place?.trim() || null,
    agenda: agenda.length > 0 ? agenda : agendaOf(w3.agendaTemplate),
    roles: roles.length > 0 ? roles : rolesOf(w3.roles),
    checkInQuestion: w3.checkInQuestion?.trim() || null,
    guests: guestsOf(w3),
    summaryPublic: (w3.capture?.summaryVisibility ?? 'members') !== 'members',
    dueWorkingDays: w3.capture?.dueWorkingDays ?? null,
  };
}

/** Every series workshop 3 schedules, the main one first: what the bot runs and the planner shows. */
export function ritualPlansOf(w3: RitualsDraft): RitualPlan[] {
  const main = ritualPlanOf(w3);
  const seen = new Set<string>(main ? [main.seriesId] : []);
  const others = (w3.series ?? []).flatMap((series) => {
    const plan = seriesPlanOf(w3, series);
    // A duplicated id would mix two series' records: the first one wins (the schema refuses the second).
    if (!plan || seen.has(plan.seriesId)) return [];
    seen.add(plan.seriesId);
    return [plan];
  });
  return main ? [main, ...others] : others;
}

/**
 * The ritual cards due at instant `at`: the announcement from `leadTimeHours` before a meeting until it starts,
 * the check-in while it runs, the capture card and check-out pulse during the window after it ends.
 * Posting each once is the caller's job (claims); this only says what the clock calls for.
 */
export function dueRitualSteps(plan: RitualPlan, at: Date): DueStep[] {
  const now = at.getTime();
  const durationMs = plan.durationMinutes * 60_000;
  const since = new Date(now - durationMs - afterMeetingWindowHours * hourMs);
  const steps: DueStep[] = [];
  for (const m of scheduledMeetings(plan.start, plan.cadence, 50, plan.timeZone, since)) {
    const start = m.startsAt.getTime();
    if (start - plan.leadTimeHours * hourMs > now) break;
    const meeting: PlannedMeeting = { ...m, endsAt: new Date(start + durationMs) };
    const end = meeting.endsAt.getTime();
    if (now < start) steps.push({ meeting, stage: 'announce' });
    else if (now < end) steps.push({ meeting, stage: 'checkIn' });
    else if (now < end + afterMeetingWindowHours * hourMs) steps.push({ meeting, stage: 'capture' }, { meeting, stage: 'checkOut' });
  }
  return steps;
}

/** The facts recorded for a planned meeting. */
export function meetingFactsOf(plan: RitualPlan, meeting: PlannedMeeting): MeetingFacts {
  return {
    seriesId: plan.seriesId,
    format: plan.format,
    date: meeting.date,
    index: meeting.index,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    timeZone: plan.timeZone,
  };
}

/** Who holds each role at the meeting numbered `index`, rotating roles taking turns among `people`. */
export function rolesAt(plan: RitualPlan, index: number, people: readonly string[]): Assignment[] {
  return rotationPlan(plan.roles, people, index + 1)[index] ?? [];
}

/** The start of each agenda segment, in minutes from the meeting's start. */
export function segmentStarts(agenda: readonly PlannedSegment[]): number[] {
  let at = 0;
  return agenda.map((s) => {
    const start = at;
    at += s.minutes;
    return start;
  });
}
