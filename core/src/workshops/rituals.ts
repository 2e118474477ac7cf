import { z } from 'zod';
import { isTimeZone } from '../rituals/schedule';
import { type FieldKit, completeKit, draftKit, personField } from './fieldKit';

/** Workshop 3 — Rituals (Rituel). */
export const cadenceUnits = ['week', 'month'] as const;
export const meetingFormats = ['virtual', 'inPerson', 'hybrid'] as const;
export const ritualRoles = ['facilitator', 'coFacilitator', 'noteTaker', 'timekeeper', 'host', 'expertGuest'] as const;
export const rotations = ['fixed', 'rotating', 'volunteer'] as const;
export const minutesVisibilities = ['members', 'core'] as const;
export const summaryVisibilities = ['members', 'organisation', 'public'] as const;
export const betweenMeetingActivities = ['questionOfMonth', 'resourceOfWeek', 'peerHelp', 'coWriting', 'none'] as const;

/** A wall-clock time as HH:MM (24-hour), what a time input gives. */
const clockTime = z
  .string()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { key: 'rituals.validation.time' } })
  .optional();
/** An IANA time zone the runtime knows (America/Toronto, Europe/Brussels…), so dates follow its daylight saving. */
const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { params: { key: 'rituals.validation.timeZone' } })
  .optional();

/** A series' id: a few lowercase letters and digits the tab draws; `main` names the rhythm at the top of the workshop. */
export const mainSeriesId = 'main';
const seriesId = z
  .string()
  .regex(/^[a-z0-9]{1,16}$/)
  .refine((v) => v !== mainSeriesId, { params: { key: 'rituals.validation.seriesId' } });

function segmentShape(f: FieldKit) {
  return z.strictObject({
    label: f.text(60),
    minutes: f.int(1, 480),
    roleInCharge: f.choice(ritualRoles, { optional: true }),
  });
}

function roleShape(f: FieldKit) {
  return z.strictObject({
    role: f.choice(ritualRoles),
    holder: personField(f, { optional: true }),
    rotation: f.choice(rotations),
  });
}

/**
 * Another meeting series beside the main rhythm (a yearly in-person half-day with lunch, a monthly virtual
 * café…): its own rhythm, format, place, first meeting, duration, agenda and roles. An empty agenda or role list
 * takes the main series' ones.
 */
function seriesShape(f: FieldKit) {
  return z.strictObject({
    id: seriesId,
    name: f.text(80),
    cadence: z.strictObject({ every: f.int(1, 12), unit: f.choice(cadenceUnits) }),
    format: f.choice(meetingFormats),
    place: f.text(150, { optional: true }),
    firstMeeting: z.strictObject({ date: f.date(), time: clockTime, timeZone }),
    durationMinutes: f.int(30, 480),
    agendaTemplate: f.list(segmentShape(f), 0, 10),
    roles: f.list(roleShape(f), 0, 12),
  });
}

/** Two series with one id would share their meetings' records: the second is refused. */
function uniqueIds(series: readonly { id?: string }[] | undefined, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  (series ?? []).forEach((s, i) => {
    if (s.id && seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], params: { key: 'rituals.validation.seriesId' } });
    if (s.id) seen.add(s.id);
  });
}

/**
 * The question of the month (« question du mois »), when `betweenMeetings` chooses it: the bot posts it in the linked
 * channels on a day of each month (1–28, a day every month has) at a time of the community's time zone, and members
 * answer in the thread. Up to 12 questions rotate by calendar month (the first in January…); a single one repeats.
 */
function questionOfMonthShape(f: FieldKit) {
  return z.strictObject({
    day: f.int(1, 28, { optional: true }),
    time: clockTime,
    questions: f.list(f.text(200), 0, 12),
  });
}

function shape(f: FieldKit) {
  return z.strictObject({
    cadence: z.strictObject({ every: f.int(1, 12), unit: f.choice(cadenceUnits) }),
    durationMinutes: f.int(30, 480),
    format: f.choice(meetingFormats),
    inPersonPerYear: f.int(0, 12),
    place: f.text(150, { optional: true }),
    // Optional even when complete: a workshop done before the bot scheduled meetings stays done.
    firstMeeting: z.strictObject({ date: f.date({ optional: true }), time: clockTime, timeZone }).optional(),
    leadTimeHours: f.int(1, 336, { optional: true }),
    checkInQuestion: f.text(200, { optional: true }),
    agendaTemplate: f.list(segmentShape(f), 3, 10),
    /** The kick-off meeting's own run sheet (the first meeting of the main series); empty: the usual agenda. */
    kickOffAgenda: f.list(segmentShape(f), 0, 12),
    roles: f.list(roleShape(f), 1, 12),
    /** More meeting series, each run by the bot like the main one (ids are their meetings' keys). */
    series: f.list(seriesShape(f), 0, 4).superRefine(uniqueIds),
    capture: z.strictObject({
      minutesVisibility: f.choice(minutesVisibilities),
      summaryVisibility: f.choice(summaryVisibilities),
      resourcesLocation: f.text(150),
      dueWorkingDays: f.int(1, 10),
    }),
    /** Experts invited to given meetings (by the meeting's date): the announcement names them. */
    guests: f.list(
      z.strictObject({
        meetingDate: f.date(),
        guestName: f.text(100),
        organisation: f.text(120, { optional: true }),
        topic: f.text(200, { optional: true }),
      }),
      0,
      30,
    ),
    betweenMeetings: f.list(z.enum(betweenMeetingActivities), 0, 5),
    betweenMeetingsNote: f.text(200, { optional: true }),
    questionOfMonth: questionOfMonthShape(f).optional(),
    welcomeSteps: f.text(500),
    celebrations: f.text(300, { optional: true }),
    endOfLife: z
      .strictObject({
        reviewDate: f.date({ optional: true }),
        legacyPlan: f.text(400, { optional: true }),
      })
      .optional(),
  });
}

export const ritualsDraft = shape(draftKit).partial();
export const ritualsComplete = shape(completeKit);
/** One more meeting series, as workshop 3 stores it. */
export type MeetingSeriesDraft = NonNullable<RitualsDraft['series']>[number];
export type MeetingFormat = (typeof meetingFormats)[number];
export type RitualsDraft = z.infer<typeof ritualsDraft>;
