import { readMySelfReviews, saveLatestSelfReview } from '@elan/core/selfReview/selfReviewCommands';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/**
 * `GET/PUT /api/communities/{id}/selfReviews/me`: a facilitator reads their own self-reviews after meetings, or saves
 * one for the latest finished meeting from the tab. Nobody can ask for anyone else's.
 */
export const mySelfReviewsRoute: Route = {
  name: 'mySelfReviews',
  methods: ['GET', 'PUT'],
  route: 'communities/{id}/selfReviews/me',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'GET') return json(200, await readMySelfReviews(deps.stores, principal, communityId, deps.now()));
    return json(200, await saveLatestSelfReview(deps.stores, principal, communityId, await readJson(req), deps.now()));
  }),
};
