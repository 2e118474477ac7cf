import { readMeetings } from '@elan/core/rituals/meetingCommands';
import type { Meeting } from '@elan/core/rituals/meeting';
import { authenticated, idParam } from '../http/handle';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** A meeting as the API sends it (links already filtered for the reader). */
function presentMeeting(m: Meeting) {
  return {
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

/** `GET /api/communities/{id}/meetings`: the meetings the bot ran, oldest first; sponsors see public links only. */
export const listMeetingsRoute: Route = {
  name: 'listMeetings',
  methods: ['GET'],
  route: 'communities/{id}/meetings',
  handler: authenticated(async ({ req, deps, principal }) => {
    const meetings = await readMeetings(deps.stores, principal, idParam(req, 'id'));
    return json(200, { meetings: meetings.map(presentMeeting) });
  }),
};
