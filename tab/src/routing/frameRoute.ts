import { parseRoute, type Route } from './routes';

/** Where Teams shows the tab, as its context says (see `teams/host.ts`). */
export interface Frame {
  /** `context.page.frameContext`: 'content', 'sidePanel', 'meetingStage', 'settings', 'remove', 'task'… */
  frameContext: string | undefined;
  /** `context.page.id`: the entityId; for our configured tab, the community's id (`teams/channelConfig.ts`). */
  pageId: string | undefined;
  /** `context.page.subPageId`: a deep link's route (a hash path without '#', e.g. `/c/{id}/w/3`). */
  subPageId: string | undefined;
  /** The personal app ("My communities"), outside any channel, chat or meeting. */
  personal: boolean;
}

type Routable = Exclude<Route, { name: 'notFound' }>;

/** The community a route belongs to, if any. */
function communityOf(route: Route): string | undefined {
  return 'communityId' in route ? route.communityId : undefined;
}

/** A deep link's route, if it parses and stays in `communityId` (a link never moves the tab to another community). */
function subPageRoute(subPageId: string | undefined, communityId: string): Routable | undefined {
  if (!subPageId?.startsWith('/')) return undefined;
  const route = parseRoute(`#${subPageId}`);
  return route.name !== 'notFound' && communityOf(route) === communityId ? route : undefined;
}

/**
 * The screen Teams means when it opens the tab in `frame`, given the route the tab's URL already names;
 * undefined keeps that route. Teams always loads the same contentUrl (`#/c/{id}`), so the frame decides:
 * - `settings` → the configuration page; the personal app → my communities;
 * - `sidePanel` → the community's meeting panel (320 px: deep links are not followed there);
 * - `meetingStage` → the stage, or what was shared to it (a stage route in the URL or the subPageId);
 * - `content` → the subPageId's screen when it is valid, else the community home;
 * - anything else (`remove`, `task`…) keeps the URL's route.
 */
export function frameRoute(frame: Frame, current: Route): Routable | undefined {
  if (frame.frameContext === 'settings') return { name: 'config' };
  if (frame.personal) return { name: 'home' };
  const communityId = frame.pageId || communityOf(current);
  if (!communityId) return undefined;
  switch (frame.frameContext) {
    case 'sidePanel':
      return { name: 'panel', communityId };
    case 'meetingStage': {
      // shareAppContentToStage opens the URL it was given, which already names the poll to show.
      if (current.name === 'stage' && current.communityId === communityId) return current;
      const linked = subPageRoute(frame.subPageId, communityId);
      return linked?.name === 'stage' ? linked : { name: 'stage', communityId };
    }
    case 'content':
    case undefined:
      return subPageRoute(frame.subPageId, communityId) ?? { name: 'community', communityId };
    default:
      return undefined;
  }
}
