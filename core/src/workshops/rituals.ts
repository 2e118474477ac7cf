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
    agendaTemplate: f.list(
      z.strictObject({
        label: f.text(60),
        minutes: f.int(1, 480),
        roleInCharge: f.choice(ritualRoles, { optional: true }),
      }),
      3,
      10,
    ),
    roles: f.list(
      z.strictObject({
        role: f.choice(ritualRoles),
        holder: personField(f, { optional: true }),
        rotation: f.choice(rotations),
      }),
      1,
      12,
    ),
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
export type RitualsDraft = z.infer<typeof ritualsDraft>;
