import { randomUUID } from 'node:crypto';
import { type AuthzFixture, type Caller, type CellRequest, callers } from './authzFixture';
import { installBot } from './teamsActivity';

/**
 * The authorization matrix: every route of routeTable × every kind of caller, with the status each must
 * get. A route (or method) without an entry fails the test, so a new route cannot ship unchecked.
 */

/** The status each kind of caller must get. */
export type Expected = Record<Caller, number>;

/** One route's cell requests and expected statuses. */
export interface Entry {
  /** Builds the request for one caller; may create what the call consumes (a poll to close, a community to erase). */
  request: (caller: Caller) => Promise<CellRequest> | CellRequest;
  expected: Expected;
}

/** Expected statuses of a community route: invalid tokens 401, outsiders 404, then per role. */
const inCommunity = (facilitator: number, member: number, sponsor: number): Expected => ({
  none: 401,
  badSignature: 401,
  expired: 401,
  otherTenant: 404,
  otherCommunity: 404,
  member,
  sponsor,
  facilitator,
});
/** A route any valid token may use. */
const anyUser = (status: number): Expected => ({ ...inCommunity(status, status, status), otherTenant: status, otherCommunity: status });
/** A route that needs no token at all. */
const open = (status: number): Expected => Object.fromEntries(callers.map((c) => [c, status])) as Expected;

/** One entry per `METHOD route` of routeTable, over the fixture's communities. */
export function authorizationMatrix(fx: AuthzFixture): Record<string, Entry> {
  const { ids, c, call, token, tokenOf, newCommunity, newPoll, newSurvey, channel, connector, tenant } = fx;

  /** The path of the caller's own survey answer, after they answered (facilitators and members only). */
  async function myAnswer(caller: Caller): Promise<CellRequest> {
    const path = c(`/surveys/${ids.survey}/responses`);
    if (caller === 'facilitator' || caller === 'member') await call('POST', path, { token: tokenOf(caller), body: { answers: { P1: 3 } } });
    return { path: `${path}/mine` };
  }

  async function etagOf(path: string): Promise<string> {
    return (await call('GET', path, { token: token('nadia') })).body.etag;
  }

  /** The between-meetings notebook of C, opened by its facilitator: its path and current ETag. */
  async function betweenNotebook(): Promise<{ path: string; etag: string }> {
    const opened = await call('POST', c('/notebooks'), { token: token('nadia'), body: { kind: 'between' } });
    return { path: c(`/notebooks/${opened.body.id}`), etag: opened.body.etag };
  }

  /** A channel the bot is in that is not linked to C, for the wider network. */
  const networkChannel = '19:authz-network@thread.tacv2';
  async function knownNetworkChannel(): Promise<string> {
    await installBot(fx.app, connector.serviceUrl, { conversationId: networkChannel, teamId: '19:team-network@thread.tacv2' });
    return networkChannel;
  }

  return {
    'GET health': { request: () => ({ path: '/api/health' }), expected: open(200) },
    'POST dev/token': { request: () => ({ path: '/api/dev/token', body: { userId: 'x', name: 'X' } }), expected: open(200) },
    'GET me': { request: () => ({ path: '/api/me' }), expected: anyUser(200) },
    'POST communities': { request: () => ({ path: '/api/communities', body: { name: 'Nouvelle' } }), expected: anyUser(201) },
    'GET communities/{id}': { request: () => ({ path: c() }), expected: inCommunity(200, 200, 200) },
    'PATCH communities/{id}': { request: () => ({ path: c(), body: { retentionMonths: 36 } }), expected: inCommunity(200, 403, 403) },
    'DELETE communities/{id}': {
      // Each caller gets a community of their own to try erasing, so the facilitator's success leaves C intact.
      request: async (caller) => {
        const id = caller === 'otherCommunity' || caller === 'otherTenant' ? ids.c : await newCommunity('Éphémère');
        const name = id === ids.c ? 'Authz' : 'Éphémère';
        return { path: `/api/communities/${id}`, body: { confirmName: name } };
      },
      expected: inCommunity(204, 403, 403),
    },
    'GET communities/{id}/export': { request: () => ({ path: c('/export?format=zip') }), expected: inCommunity(200, 403, 403) },
    'POST communities/{id}/members': {
      request: () => ({ path: c('/members'), body: { userId: 'zoe', name: 'Zoé', role: 'member' } }),
      expected: inCommunity(201, 403, 403),
    },
    'GET communities/{id}/members': { request: () => ({ path: c('/members') }), expected: inCommunity(200, 200, 200) },
    // Giving the sponsor the role they have changes nothing, so every cell finds the same data.
    'PATCH communities/{id}/members/{userId}': {
      request: () => ({ path: c('/members/helene'), body: { role: 'sponsor' } }),
      expected: inCommunity(200, 403, 403),
    },
    'DELETE communities/{id}/members/{userId}': {
      request: async () => {
        await call('POST', c('/members'), { token: token('nadia'), body: { userId: 'guest', name: 'Guest', role: 'sponsor' } });
        return { path: c('/members/guest') };
      },
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/workshops/{n}': { request: () => ({ path: c('/workshops/1') }), expected: inCommunity(200, 200, 200) },
    'PUT communities/{id}/workshops/{n}': {
      request: async () => ({ path: c('/workshops/2'), body: {}, headers: { 'if-match': await etagOf(c('/workshops/2')) } }),
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/workshops/{n}/versions': {
      request: () => ({ path: c('/workshops/1/versions') }),
      expected: inCommunity(200, 200, 200),
    },
    'GET communities/{id}/workshops/{n}/versions/{version}': {
      request: () => ({ path: c('/workshops/1/versions/1') }),
      expected: inCommunity(200, 200, 200),
    },
    'POST communities/{id}/workshops/{n}/versions/{version}/restore': {
      request: async () => ({ path: c('/workshops/1/versions/1/restore'), headers: { 'if-match': await etagOf(c('/workshops/1')) } }),
      expected: inCommunity(200, 403, 403),
    },
    'POST communities/{id}/polls': {
      request: () => ({ path: c('/polls'), body: { question: 'Encore?', method: 'consent' } }),
      expected: inCommunity(201, 403, 403),
    },
    'GET communities/{id}/polls': { request: () => ({ path: c('/polls') }), expected: inCommunity(200, 200, 200) },
    'GET communities/{id}/polls/{pollId}': { request: () => ({ path: c(`/polls/${ids.poll}`) }), expected: inCommunity(200, 200, 200) },
    'POST communities/{id}/polls/{pollId}/close': {
      // A fresh poll for the facilitator, whose close succeeds; the others try C's shared poll.
      request: async (caller) => ({ path: c(`/polls/${caller === 'facilitator' ? (await newPoll(ids.c)).id : ids.poll}/close`) }),
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/decisions': { request: () => ({ path: c('/decisions') }), expected: inCommunity(200, 200, 200) },
    'PUT communities/{id}/decisions/{number}/statement': {
      // A fresh decision for each caller: a first statement needs no If-Match, so only the role decides.
      request: async () => {
        const closed = await call('POST', c(`/polls/${(await newPoll(ids.c)).id}/close`), { token: token('nadia') });
        return { path: c(`/decisions/${closed.body.decision.number}/statement`), body: { text: 'Adopté pour six mois.' } };
      },
      expected: inCommunity(200, 403, 403),
    },
    'POST communities/{id}/surveys': {
      request: () => ({ path: c('/surveys'), body: { kind: 'pulse', items: ['P1'] } }),
      expected: inCommunity(201, 403, 403),
    },
    'GET communities/{id}/surveys': { request: () => ({ path: c('/surveys') }), expected: inCommunity(200, 200, 200) },
    'GET communities/{id}/surveys/{surveyId}': {
      request: () => ({ path: c(`/surveys/${ids.survey}`) }),
      expected: inCommunity(200, 200, 200),
    },
    'POST communities/{id}/surveys/{surveyId}/responses': {
      request: () => ({ path: c(`/surveys/${ids.survey}/responses`), body: { answers: { P1: 4 } } }),
      expected: inCommunity(200, 200, 403),
    },
    // My own answer: the caller answers first when they may, so each cell stands alone; a sponsor may not
    // answer, so has no answer of their own to read or delete (404).
    'GET communities/{id}/surveys/{surveyId}/responses/mine': {
      request: (caller) => myAnswer(caller),
      expected: inCommunity(200, 200, 404),
    },
    'DELETE communities/{id}/surveys/{surveyId}/responses/mine': {
      request: (caller) => myAnswer(caller),
      expected: inCommunity(204, 204, 404),
    },
    'POST communities/{id}/surveys/{surveyId}/close': {
      request: async (caller) => ({ path: c(`/surveys/${caller === 'facilitator' ? await newSurvey() : ids.survey}/close`) }),
      expected: inCommunity(200, 403, 403),
    },
    'POST communities/{id}/documents/send': {
      request: () => ({ path: c('/documents/send'), body: { kind: 'charter' } }),
      expected: inCommunity(200, 403, 403),
    },
    // A signed link is the only credential of this route: a forged one is refused whoever asks.
    'GET documents/shared': { request: () => ({ path: '/api/documents/shared?token=forged.link' }), expected: open(403) },
    'GET communities/{id}/meetings': { request: () => ({ path: c('/meetings') }), expected: inCommunity(200, 200, 200) },
    'GET communities/{id}/compass': { request: () => ({ path: c('/compass') }), expected: inCommunity(200, 200, 200) },
    'POST communities/{id}/compass/runs': { request: () => ({ path: c('/compass/runs') }), expected: inCommunity(201, 403, 403) },
    'PUT communities/{id}/compass/runs/{number}/responses/me': {
      request: () => ({ path: c('/compass/runs/1/responses/me'), body: { ratings: { 'purpose.a': 3 } } }),
      expected: inCommunity(200, 200, 403),
    },
    'GET communities/{id}/digest/me': { request: () => ({ path: c('/digest/me') }), expected: inCommunity(200, 403, 403) },
    'PUT communities/{id}/digest/me': {
      request: () => ({ path: c('/digest/me'), body: { enabled: true, weekday: 1, time: '09:00' } }),
      expected: inCommunity(200, 403, 403),
    },
    // Members and facilitators choose their own monthly summary; sponsors do not get it.
    'GET communities/{id}/monthly/me': { request: () => ({ path: c('/monthly/me') }), expected: inCommunity(200, 200, 403) },
    'PUT communities/{id}/monthly/me': {
      request: () => ({ path: c('/monthly/me'), body: { enabled: true } }),
      expected: inCommunity(200, 200, 403),
    },
    // Self-reviews are their author's alone; the fixture's community has no finished meeting to review yet (409).
    'GET communities/{id}/selfReviews/me': { request: () => ({ path: c('/selfReviews/me') }), expected: inCommunity(200, 403, 403) },
    'PUT communities/{id}/selfReviews/me': {
      request: () => ({ path: c('/selfReviews/me'), body: { answers: { agendaKept: 'yes' } } }),
      expected: inCommunity(409, 403, 403),
    },
    'GET communities/{id}/checklist/me': { request: () => ({ path: c('/checklist/me') }), expected: inCommunity(200, 403, 403) },
    'PUT communities/{id}/checklist/me': {
      request: () => ({ path: c('/checklist/me'), body: { answers: { mandate: 'yes' } } }),
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/notebooks': { request: () => ({ path: c('/notebooks?q=carnet') }), expected: inCommunity(200, 200, 200) },
    // Opened by the facilitator first, so every caller allowed to open it finds it (200) rather than creating it.
    'POST communities/{id}/notebooks': {
      request: async () => {
        await betweenNotebook();
        return { path: c('/notebooks'), body: { kind: 'between' } };
      },
      expected: inCommunity(200, 200, 403),
    },
    // A draft: sponsors see approved notebooks only, so for them it does not exist.
    'GET communities/{id}/notebooks/{nid}': {
      request: async () => ({ path: (await betweenNotebook()).path }),
      expected: inCommunity(200, 200, 404),
    },
    'PUT communities/{id}/notebooks/{nid}': {
      request: async () => {
        const { path, etag } = await betweenNotebook();
        return { path, body: { title: 'Entre les rencontres' }, headers: { 'if-match': etag } };
      },
      expected: inCommunity(200, 200, 403),
    },
    'POST communities/{id}/notebooks/{nid}/approve': {
      request: async () => {
        const { path, etag } = await betweenNotebook();
        const saved = await call('PUT', path, {
          token: token('nadia'),
          body: { summary: 'Ce que nous avons appris.' },
          headers: { 'if-match': etag },
        });
        return { path: `${path}/approve`, headers: { 'if-match': saved.body.etag } };
      },
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/network': { request: () => ({ path: c('/network') }), expected: inCommunity(200, 200, 200) },
    'POST communities/{id}/network': {
      request: async () => ({ path: c('/network'), body: { conversationId: await knownNetworkChannel() } }),
      expected: inCommunity(200, 403, 403),
    },
    'DELETE communities/{id}/network': {
      request: () => ({ path: c('/network'), body: { conversationId: networkChannel } }),
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/tasks': { request: () => ({ path: c('/tasks') }), expected: inCommunity(200, 403, 403) },
    'GET communities/{id}/newcomer-pulse': { request: () => ({ path: c('/newcomer-pulse') }), expected: inCommunity(200, 403, 403) },
    'POST communities/{id}/tasks': {
      request: () => ({ path: c('/tasks'), body: { text: 'Revoir la matrice de décision', dimension: 'decisions' } }),
      expected: inCommunity(201, 403, 403),
    },
    'DELETE communities/{id}/tasks': {
      request: () => ({ path: c('/tasks'), body: { taskId: 'none' } }),
      expected: inCommunity(200, 403, 403),
    },
    // Active to active changes nothing, so every cell finds the community as it was.
    'PUT communities/{id}/lifecycle': {
      request: () => ({ path: c('/lifecycle'), body: { stage: 'active' } }),
      expected: inCommunity(200, 403, 403),
    },
    // Confirming the phase already confirmed changes nothing, so every cell finds the community as it was.
    'PUT communities/{id}/phase': {
      request: () => ({ path: c('/phase'), body: { phase: 'preparation' } }),
      expected: inCommunity(200, 403, 403),
    },
    'GET communities/{id}/legacy.docx': { request: () => ({ path: c('/legacy.docx') }), expected: inCommunity(200, 200, 200) },
    'GET communities/{id}/charter.docx': { request: () => ({ path: c('/charter.docx') }), expected: inCommunity(200, 200, 200) },
    'GET communities/{id}/impact-report.docx': {
      request: () => ({ path: c('/impact-report.docx') }),
      expected: inCommunity(200, 403, 200),
    },
    'GET communities/{id}/conversations': { request: () => ({ path: c('/conversations') }), expected: inCommunity(200, 200, 200) },
    'POST communities/{id}/conversations': {
      request: () => ({ path: c('/conversations'), body: { conversationId: channel } }),
      expected: inCommunity(200, 403, 403),
    },
    // The bot endpoint authenticates Bot Connector tokens, not people's: in local mode (no bot app id) it
    // accepts an activity without a token, and refuses any bearer token it cannot validate as the Bot
    // Connector's, a person's included. Its per-person checks are the card actions (IDOR test below).
    'POST messages': {
      request: () => ({
        path: '/api/messages',
        body: {
          type: 'message',
          id: randomUUID(),
          text: 'help',
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          from: { id: '29:marc', aadObjectId: 'marc' },
          recipient: { id: '28:bot' },
          conversation: { id: channel, tenantId: tenant, conversationType: 'channel' },
        },
      }),
      expected: { ...open(401), none: 200 },
    },
  };
}
