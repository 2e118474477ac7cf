import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { devAudience, devIssuer } from '../auth/devIssuer';
import { useFakeConnector } from './fakeConnector';
import { installBot } from './teamsActivity';
import { useTestApp } from './testApp';

// The setting of the authorization tests: community C under test, community D whose facilitator tries
// C's ids, and one token per kind of caller. Kept apart from the matrix so the matrix reads as a table.

/** Every kind of caller the matrix tries, from no token at all to C's facilitator. */
export const callers = ['none', 'badSignature', 'expired', 'otherTenant', 'otherCommunity', 'member', 'sponsor', 'facilitator'] as const;
/** One kind of caller. */
export type Caller = (typeof callers)[number];

/** What one cell sends: the path (with real ids), and a body and headers if the route needs them. */
export interface CellRequest {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Starts the app and a fake connector for this file, and sets up communities C and D before its tests. */
export function useAuthzFixture() {
  // Rate limits off: the matrix makes many writes in a short time, which is not what it tests.
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

  /** A set-up call that must succeed. */
  async function call(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const res = await app.call(method, path, opts);
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  }

  /** A community created by `by`, with the given members (by default Marc, member, and Hélène, sponsor). */
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

  /** An open consent poll in the community, with its card. */
  async function newPoll(communityId: string, by = 'nadia'): Promise<{ id: string; card: unknown }> {
    const res = await call('POST', `/api/communities/${communityId}/polls`, {
      token: token(by),
      body: { question: 'Adopter?', method: 'consent' },
    });
    return { id: res.body.poll.id, card: res.body.card };
  }

  /** An open pulse survey in C. */
  async function newSurvey(): Promise<string> {
    return (await call('POST', `/api/communities/${ids.c}/surveys`, { token: token('nadia'), body: { kind: 'pulse', items: ['P1'] } })).body
      .survey.id;
  }

  /** A path in community C. */
  const c = (rest = '') => `/api/communities/${ids.c}${rest}`;

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
    // The channel the matrix links to C: the bot must know it first.
    await installBot(app, connector.serviceUrl, { conversationId: channel, teamId: '19:team-authz@thread.tacv2' });
  }, 60_000);

  return { app, connector, tenant, ids, channel, token, tokenOf, call, newCommunity, newPoll, newSurvey, c };
}

/** What `useAuthzFixture` gives. */
export type AuthzFixture = ReturnType<typeof useAuthzFixture>;
