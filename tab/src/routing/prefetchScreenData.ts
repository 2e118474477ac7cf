import type { ApiClient } from '../api/client';
import { prefetchAtStart } from '../workshops/form/workshopData';
import type { Route } from './routes';

/**
 * Starts the reads of the screen of `route` with the tab, before the first render, where its page knows how
 * to take them over: the workshop screen (`owner` and `api` as the session will have them).
 */
export function prefetchScreenData(route: Route, owner: string, api: ApiClient): void {
  if (route.name === 'workshop') prefetchAtStart(owner, api, route.communityId, route.n);
}
