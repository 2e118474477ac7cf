import type { MeetingView } from '../contract';
import type { Meeting } from './meeting';

/** A meeting as the API sends it (links already filtered for the reader). */
export function presentMeeting(m: Meeting): MeetingView {
  return {
    seriesId: m.seriesId,
    format: m.format,
    date: m.date,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    announcedAt: m.posted.announce ?? null,
    checkInAt: m.posted.checkIn ?? null,
    captureAt: m.posted.capture ?? null,
    checkOutAt: m.posted.checkOut ?? null,
    held: m.posted.checkIn !== undefined,
    checkoutSurveyId: m.checkoutSurveyId,
    capture: m.capture ? { at: m.capture.at, by: m.capture.by.name, links: m.capture.links } : null,
  };
}
