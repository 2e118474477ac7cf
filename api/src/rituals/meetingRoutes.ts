import { readMeetings } from '@elan/core/rituals/meetingCommands';
import type { MeetingListView } from '@elan/core/contract';
import { presentMeeting } from '@elan/core/rituals/meetingView';
import { authenticated, idParam } from '../http/handle';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET /api/communities/{id}/meetings`: the meetings the bot ran, oldest first; sponsors see public links only. */
export const listMeetingsRoute: Route = {
  name: 'listMeetings',
  methods: ['GET'],
  route: 'communities/{id}/meetings',
  handler: authenticated(async ({ req, deps, principal }) => {
    const meetings = await readMeetings(deps.stores, principal, idParam(req, 'id'));
    return json(200, { meetings: meetings.map(presentMeeting) } satisfies MeetingListView);
  }),
};
