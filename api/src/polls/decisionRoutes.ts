import type { DecisionListView, DecisionView } from '@elan/core/contract';
import { writeOutcomeStatement } from '@elan/core/decisions/outcomeCommands';
import { listDecisions } from '@elan/core/decisions/decisionLog';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { ifMatch, numberParam } from '../http/requestParams';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `GET /api/communities/{id}/decisions`: the decision log, oldest first, with outcome statements. */
export const decisionsRoute: Route = {
  name: 'decisions',
  methods: ['GET'],
  route: 'communities/{id}/decisions',
  handler: authenticated(async ({ req, deps, principal }) =>
    json(200, { decisions: await listDecisions(deps.stores, principal, idParam(req, 'id')) } satisfies DecisionListView),
  ),
};

/**
 * `PUT /api/communities/{id}/decisions/{number}/statement`: a facilitator writes the outcome statement and review
 * date (200 with the decision and its new ETag; rewriting needs If-Match: 428 without, 412 with a stale one).
 */
export const decisionStatementRoute: Route = {
  name: 'decisionStatement',
  methods: ['PUT'],
  route: 'communities/{id}/decisions/{number}/statement',
  handler: authenticated(
    async ({ req, deps, principal }) => {
      const decision = await writeOutcomeStatement({
        stores: deps.stores,
        principal,
        communityId: idParam(req, 'id'),
        number: numberParam(req, 'number'),
        input: await readJson(req),
        ifMatch: ifMatch(req),
        now: deps.now(),
      });
      return json(200, decision satisfies DecisionView, { etag: decision.statementEtag! });
    },
    (current) => current as DecisionView,
  ),
};
