import { answerCompass, openCompassRun, readCompass } from '@elan/core/compass/compassCommands';
import { announceCompassRun } from '@elan/core/compass/compassCardCommands';
import { NotFoundError } from '@elan/core/errors';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';
import type { CardFor } from '@elan/core/adaptiveCards/tabLinks';

/** `GET /api/communities/{id}/compass`: dimensions, runs, scores (from 5 respondents) and my ratings. */
export const compassRoute: Route = {
  name: 'compass',
  methods: ['GET'],
  route: 'communities/{id}/compass',
  handler: authenticated(async ({ req, deps, principal }) => json(200, await readCompass(deps.stores, principal, idParam(req, 'id')))),
};

/** `POST /api/communities/{id}/compass/runs`: a facilitator opens a new round of self-assessment; its card goes to the linked channels. */
export const openCompassRunRoute: Route = {
  name: 'openCompassRun',
  methods: ['POST'],
  route: 'communities/{id}/compass/runs',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const { number } = await openCompassRun(deps.stores, principal, communityId, deps.now());
    const post = (tenantId: string, id: string, card: CardFor) => deps.announcer.communityNews(tenantId, id, card);
    return json(201, await announceCompassRun(deps.stores, post, principal.tenantId, communityId, number));
  }),
};

/** `PUT /api/communities/{id}/compass/runs/{number}/responses/me`: my ratings for that round. */
export const answerCompassRoute: Route = {
  name: 'answerCompass',
  methods: ['PUT'],
  route: 'communities/{id}/compass/runs/{number}/responses/me',
  handler: authenticated(async ({ req, deps, principal }) => {
    const raw = req.params['number'] ?? '';
    if (!/^[1-9]\d{0,5}$/.test(raw)) throw new NotFoundError();
    const communityId = idParam(req, 'id');
    const input = await readJson(req);
    return json(200, await answerCompass(deps.stores, principal, communityId, Number(raw), input));
  }),
};
