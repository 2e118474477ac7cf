import { generateKeyPairSync, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { devAudience, devIssuer } from './auth/devIssuer';
import { routeTable } from './routeTable';
import { useFakeConnector } from './testing/fakeConnector';
import { actionData, invokeCardAction } from './testing/pollActivities';
import { useTestApp } from './testing/testApp';

/**
 * The authorization matrix: every route of routeTable × every kind of caller, with the status each must
 * get. A route (or method) without an entry fails the test, so a new route cannot ship unchecked.
 */

const callers = ['none', 'badSignature', 'expired', 'otherTenant', 'otherCommunity', 'member', 'sponsor', 'facilitator'] as const;
type Caller = (typeof callers)[number];
type Expected = Record<Caller, number>;

/** What one cell sends: the path (with real ids), and a body and headers if the route needs them. */
interface CellRequest {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Entry {
  /** Builds the request for one caller; may create what the call consumes (a poll to close, a community to erase). */
  request: (caller: Caller) => Promise<CellRequest> | CellRequest;
  expected: Expected;
}

const app = useTestApp({ ELAN_WRITE_BURST: '100000', ELAN_WRITE_PER_SECOND: '100000' });
const connector = useFakeConnector();
const tenant = 'local-tenant';
// The community under test (C) and another one (D) whose facilitator tries C's ids.
const ids = { c: '', d: '', poll: '', pollD: '', survey: '' };
const channel = '19:authz@thread.tacv2';

const token = (userId: string, tenantId = tenant) => app.token({ userId, name: userId, tenantId });
function tokenOf(caller: Caller): string | undefined {
  const claims = { tid: tenant, oid: 'nadia', name: 'Nadia', scp: 'access_as_user' };
  switch (caller) {
    case 'none':
      return undefined;
    case 'badSignature': {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return jwt.sign(claims, privateKey, { algorithm: 'RS256', issuer: devIssuer, audience: devAudience, expiresIn: 600 });
    }
    case 'expired':
      return jwt.sign(claims, app.deps.devKeys!.privateKey, {
        algorithm: 'RS256',
        issuer: devIssuer,
        audience: devAudience,
        expiresIn: -120,
      });
    case 'otherTenant':
      // The very same user id as C's facilitator, in another tenant: ids must not cross tenants.
      return token('nadia', 'other-tenant');
    case 'otherCommunity':
      return token('olga');
    case 'member':
      return token('marc');
    case 'sponsor':
      return token('helene');
    case 'facilitator':
      return token('nadia');
  }
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

/** A set-up call that must succeed. */
async function call(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await app.call(method, path, opts);
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

async function newCommunity(
  name: string,
  by = 'nadia',
  members: [string, string][] = [
    ['marc', 'member'],
    ['helene', 'sponsor'],
  ],
): Promise<string> {
  const res = await call('POST', '/api/communities', { token: token(by), body: { name } });
  for (const [userId, role] of members)
    await call('POST', `/api/communities/${res.body.id}/members`, { token: token(by), body: { userId, name: userId, role } });
  return res.body.id;
}

async function newPoll(communityId: string, by = 'nadia'): Promise<{ id: string; card: unknown }> {
  const res = await call('POST', `/api/communities/${communityId}/polls`, {
    token: token(by),
    body: { question: 'Adopter?', method: 'consent' },
  });
  return { id: res.body.poll.id, card: res.body.card };
}

async function newSurvey(): Promise<string> {
  return (await call('POST', `/api/communities/${ids.c}/surveys`, { token: token('nadia'), body: { kind: 'pulse', items: ['P1'] } })).body
    .survey.id;
}

/** The path of the caller's own survey answer, after they answered (facilitators and members only). */
async function myAnswer(caller: Caller): Promise<CellRequest> {
  const path = c(`/surveys/${ids.survey}/responses`);
  if (caller === 'facilitator' || caller === 'member') await call('POST', path, { token: tokenOf(caller), body: { answers: { P1: 3 } } });
  return { path: `${path}/mine` };
}

async function etagOf(path: string): Promise<string> {
  return (await call('GET', path, { token: token('nadia') })).body.etag;
}

const c = (rest = '') => `/api/communities/${ids.c}${rest}`;

/** One entry per `METHOD route` of routeTable. */
const matrix: Record<string, Entry> = {
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
  'GET communities/{id}/charter.docx': { request: () => ({ path: c('/charter.docx') }), expected: inCommunity(200, 200, 200) },
  'GET communities/{id}/impact-report.docx': { request: () => ({ path: c('/impact-report.docx') }), expected: inCommunity(200, 403, 200) },
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

beforeAll(async () => {
  ids.c = await newCommunity('Authz');
  // D's only member is its facilitator Olga, who is not in C.
  ids.d = await newCommunity('Autre', 'olga', []);
  const w = await call('GET', c('/workshops/1'), { token: token('nadia') });
  await call('PUT', c('/workshops/1'), { token: token('nadia'), body: { name: 'Authz' }, headers: { 'if-match': w.body.etag } });
  ids.poll = (await newPoll(ids.c)).id;
  ids.survey = await newSurvey();
  ids.pollD = (await newPoll(ids.d, 'olga')).id;
  await call('POST', c('/compass/runs'), { token: token('nadia') });
  await call('POST', '/api/messages', {
    body: {
      type: 'installationUpdate',
      action: 'add',
      id: 'install-1',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: '29:nadia', aadObjectId: 'nadia' },
      recipient: { id: '28:bot' },
      conversation: { id: channel, tenantId: tenant, conversationType: 'channel' },
    },
  });
}, 60_000);

/** Every `METHOD route` the API serves. */
const served = routeTable.flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));

describe('authorization matrix (integration, Azurite)', () => {
  it('has an entry for every route and method of routeTable, and none for routes that do not exist', () => {
    expect(served.filter((key) => !matrix[key])).toEqual([]);
    expect(Object.keys(matrix).filter((key) => !served.includes(key))).toEqual([]);
  });

  it.each(served)(
    '%s answers each caller as expected',
    async (key) => {
      const entry = matrix[key];
      if (!entry) throw new Error(`no authorization matrix entry for ${key}: add one`);
      const method = key.split(' ')[0]!;
      const got: Partial<Record<Caller, number>> = {};
      for (const caller of callers) {
        const { path, body, headers } = await entry.request(caller);
        const tok = tokenOf(caller);
        const res = await app.call(method, path, { token: tok, body, headers });
        got[caller] = res.status;
        if (res.status === 401) expect(res.body.error.code).toBe('error.unauthorized');
        if (res.status === 403) expect(res.body.error.code).toMatch(/^error\.forbidden$|^delivery\.link\.forged$/);
        if (res.status === 404) expect(res.body.error.code).toBe('error.notFound');
      }
      expect(got).toEqual(entry.expected);
    },
    60_000,
  );
});

describe('IDOR: guessing ids of another community (integration, Azurite)', () => {
  const olga = () => token('olga');

  it("finds nothing of C through D's path, and nothing under ids that do not exist", async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/communities/${ids.d}/polls/${ids.poll}`],
      ['POST', `/api/communities/${ids.d}/polls/${ids.poll}/close`],
      ['GET', `/api/communities/${randomUUID()}`],
      ['GET', `/api/communities/${randomUUID()}/polls/${ids.poll}`],
      ['GET', `/api/communities/${ids.c}/polls/${ids.pollD}`],
      ['GET', `/api/communities/${ids.c.slice(0, -1)}${ids.c.endsWith('0') ? '1' : '0'}`],
      ['GET', `/api/communities/${encodeURIComponent(`${ids.c}|x`)}`],
      ['PATCH', `/api/communities/${ids.c}`, { retentionMonths: 6 }],
      ['POST', `/api/communities/${ids.c}/members`, { userId: 'olga', name: 'Olga', role: 'facilitator' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await app.call(method, path, { token: olga(), body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
    }
    // Olga did not get into C by any of that.
    expect((await app.call('GET', c(), { token: olga() })).status).toBe(404);
    expect((await app.call('GET', c(`/polls/${ids.poll}`), { token: token('nadia') })).body.status).toBe('open');
  });

  it("refuses a card action carrying C's ids from D's facilitator, and stores no ballot", async () => {
    const { card } = await newPoll(ids.c);
    const data = actionData(card, 'poll.vote', 'agree');
    const res = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'olga', name: 'Olga' }, data);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.card)).toContain('attention');
    const poll = await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') });
    expect(poll.body.voters).toBe(0);
    // The same action in another tenant finds nothing either.
    const other = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'nadia', name: 'Nadia' }, data, {
      tenantId: 'other-tenant',
    });
    expect(other.status).toBe(200);
    expect((await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') })).body.voters).toBe(0);
    // While a member's vote on the very same card counts.
    expect((await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'marc', name: 'Marc' }, data)).status).toBe(200);
    expect((await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') })).body.voters).toBe(1);
  });
});
