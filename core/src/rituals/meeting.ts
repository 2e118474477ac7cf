import { z } from 'zod';
import { type MeetingFormat, mainSeriesId } from '../workshops/rituals';

/** The four moments the bot posts for each meeting, in order. */
export const ritualStages = ['announce', 'checkIn', 'capture', 'checkOut'] as const;
export type RitualStage = (typeof ritualStages)[number];

/** Where a ritual card went, so it can be replaced later (the capture card once links are recorded). */
export interface RitualPost {
  conversationId: string;
  activityId: string;
}

export const meetingLinkKinds = ['minutes', 'summary', 'recording', 'resource'] as const;

/** One link the note-taker recorded. Only `public` links are ever shown to sponsors or put in documents. */
export interface MeetingLink {
  kind: (typeof meetingLinkKinds)[number];
  url: string;
  public: boolean;
}

/** What the note-taker recorded after a meeting. */
export interface MeetingCapture {
  links: MeetingLink[];
  by: { userId: string; name: string };
  at: string;
}

/** The facts of one meeting occurrence, fixed when its first card is posted. */
export interface MeetingFacts {
  /** The series it belongs to (`main`: workshop 3's main rhythm; meetings recorded before series existed). */
  seriesId: string;
  /** Virtual, in person or hybrid, as its series said when its first card went out; null when it did not say. */
  format: MeetingFormat | null;
  /** YYYY-MM-DD in the series' time zone: with the series, the meeting's key (one meeting per series and day). */
  date: string;
  /** Counted from the first meeting (0), which sets whose turn it is in rotating roles. */
  index: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/** One meeting as recorded: when each ritual card went out, where, and the captured links. */
export interface Meeting extends MeetingFacts {
  /** When each stage's card was posted; absent for a stage not posted (yet). */
  posted: Partial<Record<RitualStage, string>>;
  posts: Partial<Record<RitualStage, RitualPost[]>>;
  capture: MeetingCapture | null;
  /** The check-out pulse survey, once the surveys feature creates one for this meeting. */
  checkoutSurveyId: string | null;
}

/**
 * The key of one meeting: its date for the main series (the key meetings had before there were several series,
 * so their records stay found), `date~series` for the others.
 */
export function meetingKeyOf(meeting: { seriesId: string; date: string }): string {
  return meeting.seriesId === mainSeriesId ? meeting.date : `${meeting.date}~${meeting.seriesId}`;
}

const maxUrl = 500;
export const webLink = z
  .string()
  .trim()
  .max(maxUrl)
  .refine((v) => v === '' || isWebLink(v), { params: { key: 'rituals.error.invalidLink' } });

// Core has no URL class (no DOM or Node types): an http(s) scheme, a host, then an optional path, without spaces
// or the characters that would break out of Markdown or HTML.
const webLinkPattern = /^https?:\/\/[^\s/?#<>"'`\\@]+(?:[/?#][^\s<>"'`\\]*)?$/i;

/** Whether a string is an absolute http(s) address. */
export function isWebLink(value: string): boolean {
  return webLinkPattern.test(value);
}

/** The capture card's form as Teams sends it back (Action.Execute data merged with the inputs). */
export const captureCardInput = z.object({
  minutesUrl: webLink.optional(),
  summaryUrl: webLink.optional(),
  /** A recorded talk: members only, and only with the speakers' consent (the toggle). */
  recordingUrl: webLink.optional(),
  recordingConsent: z.enum(['true', 'false']).optional(),
  /** Addresses separated by new lines, spaces or commas. */
  resources: z
    .string()
    .max(10 * (maxUrl + 1))
    .optional(),
  /** Input.Toggle values arrive as strings. */
  resourcesPublic: z.enum(['true', 'false']).optional(),
});

/** The target of a capture card action. */
export const ritualActionTarget = z.object({
  communityId: z.string().min(1).max(64),
  meetingDate: z.iso.date(),
  /** Absent on cards of the main series (and on cards posted before there were several series). */
  seriesId: z
    .string()
    .regex(/^[a-z0-9]{1,16}$/)
    .optional(),
});

/**
 * Turns the card's answers into links. The detailed minutes are always private; the summary is public unless the
 * community keeps it to members (workshop 3); a recording stays with members and needs the speakers' consent;
 * resources are public only when the note-taker says so.
 * Returns a problem key instead when a resource is not a web address, there are too many, or nothing was given.
 */
export function captureLinks(
  input: z.infer<typeof captureCardInput>,
  summaryPublic: boolean,
):
  | { links: MeetingLink[] }
  | { problem: 'rituals.error.invalidLink' | 'rituals.error.empty' | 'rituals.error.tooManyLinks' | 'rituals.error.recordingConsent' } {
  const links: MeetingLink[] = [];
  if (input.minutesUrl) links.push({ kind: 'minutes', url: input.minutesUrl, public: false });
  if (input.summaryUrl) links.push({ kind: 'summary', url: input.summaryUrl, public: summaryPublic });
  if (input.recordingUrl) {
    if (input.recordingConsent !== 'true') return { problem: 'rituals.error.recordingConsent' };
    links.push({ kind: 'recording', url: input.recordingUrl, public: false });
  }
  const resources = (input.resources ?? '').split(/[\s,]+/).filter((r) => r !== '');
  if (resources.length > 10) return { problem: 'rituals.error.tooManyLinks' };
  for (const url of resources) {
    if (url.length > maxUrl || !isWebLink(url)) return { problem: 'rituals.error.invalidLink' };
    links.push({ kind: 'resource', url, public: input.resourcesPublic === 'true' });
  }
  return links.length === 0 ? { problem: 'rituals.error.empty' } : { links };
}

/** A meeting as someone may see it: sponsors get only the public links, never the private minutes. */
export function meetingForReader(meeting: Meeting, seesPrivate: boolean): Meeting {
  if (seesPrivate || !meeting.capture) return meeting;
  return { ...meeting, capture: { ...meeting.capture, links: meeting.capture.links.filter((l) => l.public) } };
}
