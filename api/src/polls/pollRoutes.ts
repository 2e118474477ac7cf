import { setTimeout as sleep } from 'node:timers/promises';
import { closeAndAnnounce } from '@elan/bot/polls/pollClosing';
import { closedPollCard, pollCard } from '@elan/core/polls/pollCard';
import { type CardFor, tabLinksFor } from '@elan/core/adaptiveCards/tabLinks';
import { createPoll, listPolls, readPoll } from '@elan/core/polls/pollCommands';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { PollClosedView, PollListView, PollOpenedView, PollView } from '@elan/core/contract';
import { presentPoll } from '@elan/core/polls/pollView';
import { authenticated, idParam } from '../http/handle';
import { readJson, readOptionalJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `POST /api/communities/{id}/polls`: open a poll; answers 201 `{poll, card}`, the card being what members vote from. */
export const createPollRoute: Route = {
  name: 'createPoll',
  methods: ['POST'],
  route: 'communities/{id}/polls',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const input = await readJson(req);
    const { poll, tally } = await createPoll({ stores: deps.stores, principal, communityId, input, id: deps.newId(), now: deps.now() });
    const locale = await languageOfCommunity(deps.stores, principal.tenantId, communityId);
    const cardFor: CardFor = (links) => pollCard({ poll, tally, locale, links });
    // The answer's card is the one posted, with the links of no particular channel.
    const card = cardFor(tabLinksFor(deps.config));
    const posted = await deps.announcer.pollOpened(poll, cardFor);
    return json(
      201,
      {
        poll: presentPoll(poll, tally, { resultsVisible: true, mayDecide: poll.method === 'advice' }),
        card,
        posted,
      } satisfies PollOpenedView,
      {
        location: `/api/communities/${communityId}/polls/${poll.id}`,
      },
    );
  }),
};

/** `GET /api/communities/{id}/polls`: every poll of the community, newest first. */
export const listPollsRoute: Route = {
  name: 'listPolls',
  methods: ['GET'],
  route: 'communities/{id}/polls',
  handler: authenticated(async ({ req, deps, principal }) => {
    const polls = await listPolls(deps.stores, principal, idParam(req, 'id'));
    return json(200, {
      polls: polls.map(({ poll, tally, ...reader }) => presentPoll(poll, tally, reader)),
    } satisfies PollListView);
  }),
};

/** `GET /api/communities/{id}/polls/{pollId}`: status, participation and (unless hidden) results. */
export const readPollRoute: Route = {
  name: 'readPoll',
  methods: ['GET'],
  route: 'communities/{id}/polls/{pollId}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const { poll, tally, ...reader } = await readPoll(deps.stores, principal, idParam(req, 'id'), idParam(req, 'pollId'));
    return json(200, presentPoll(poll, tally, reader) satisfies PollView);
  }),
};

/**
 * `POST /api/communities/{id}/polls/{pollId}/close`: a facilitator closes the poll, or an advice process's proposer
 * records their decision (`{outcome, rationale}`); the decision goes to the log.
 */
export const closePollRoute: Route = {
  name: 'closePoll',
  methods: ['POST'],
  route: 'communities/{id}/polls/{pollId}/close',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const closed = await closeAndAnnounce(
      { stores: deps.stores, announcer: deps.announcer },
      // An advice process's body carries its proposer's decision; other polls need none.
      {
        principal,
        tenantId: principal.tenantId,
        communityId,
        pollId: idParam(req, 'pollId'),
        now: deps.now(),
        pause: sleep,
        verdict: await readOptionalJson(req),
      },
    );
    const locale = await languageOfCommunity(deps.stores, principal.tenantId, communityId);
    const card = closedPollCard(closed, locale, tabLinksFor(deps.config));
    return json(200, {
      poll: presentPoll(closed.poll, closed.tally, { resultsVisible: true, mayDecide: false }),
      outcome: closed.outcome.outcome,
      decision: closed.decision,
      card,
    } satisfies PollClosedView);
  }),
};
