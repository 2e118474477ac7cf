import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { devAudience, devIssuer } from './devIssuer';
import { startTestApp, useTestApp } from '../testing/testApp';

const app = useTestApp();
let facilitator: string;
let communityId: string;

beforeAll(async () => {
  facilitator = app.token({ userId: 'nadia', name: 'Nadia' });
  const created = await app.call('POST', '/api/communities', { token: facilitator, body: { name: 'Protégée' } });
  communityId = created.body.id;
  for (const [userId, role] of [
    ['marc', 'member'],
    ['helene', 'sponsor'],
  ]) {
    await app.call('POST', `/api/communities/${communityId}/members`, { token: facilitator, body: { userId, name: userId, role } });
  }
});

/** A token signed with a key the API does not trust, otherwise perfect. */
function forgedToken(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return jwt.sign({ tid: 'local-tenant', oid: 'nadia', name: 'Nadia', scp: 'access_as_user' }, privateKey, {
    algorithm: 'RS256',
    issuer: devIssuer,
    audience: devAudience,
    expiresIn: 600,
  });
}

describe('authentication and authorization matrix (integration, Azurite)', () => {
  const workshop = () => `/api/communities/${communityId}/workshops/1`;

  it.each([
    ['no token', undefined],
    ['a malformed header', 'Basic abc'],
    ['a garbage token', 'Bearer not.a.token'],
  ])('answers 401 to %s', async (_label, authorization) => {
    for (const path of ['/api/me', `/api/communities/${communityId}`, '/api/communities/x/workshops/1']) {
      const res = await app.call('GET', path, { headers: authorization ? { authorization } : {} });
      expect({ path, status: res.status, code: res.body.error.code }).toEqual({ path, status: 401, code: 'error.unauthorized' });
    }
  });

  it('answers 401 to a token signed by another key, an expired token, a wrong audience or a missing scope', async () => {
    const keys = app.deps.devKeys!;
    const claims = { tid: 'local-tenant', oid: 'nadia', name: 'Nadia', scp: 'access_as_user' };
    const sign = (payload: object, opts: jwt.SignOptions) =>
      jwt.sign(payload, keys.privateKey, { algorithm: 'RS256', issuer: devIssuer, audience: devAudience, ...opts });
    const tokens = {
      forged: forgedToken(),
      expired: sign(claims, { expiresIn: -120 }),
      wrongAudience: sign(claims, { expiresIn: 600, audience: 'api://someone-else' }),
      wrongIssuer: sign(claims, { expiresIn: 600, issuer: 'https://evil.example' }),
      noScope: sign({ ...claims, scp: 'other' }, { expiresIn: 600 }),
      noTenant: sign({ oid: 'nadia', scp: 'access_as_user' }, { expiresIn: 600 }),
      hs256: jwt.sign(claims, 'secret', { algorithm: 'HS256', issuer: devIssuer, audience: devAudience, expiresIn: 600 }),
    };
    for (const [label, token] of Object.entries(tokens)) {
      const res = await app.call('GET', workshop(), { token });
      expect({ label, status: res.status }).toEqual({ label, status: 401 });
    }
  });

  it('lets every role read, only the facilitator write (403 for member and sponsor)', async () => {
    for (const userId of ['nadia', 'marc', 'helene']) {
      const res = await app.call('GET', workshop(), { token: app.token({ userId }) });
      expect({ userId, status: res.status }).toEqual({ userId, status: 200 });
    }
    const { body } = await app.call('GET', workshop(), { token: facilitator });
    for (const userId of ['marc', 'helene']) {
      const token = app.token({ userId });
      const put = await app.call('PUT', workshop(), { token, body: { name: 'Pris' }, headers: { 'if-match': body.etag } });
      expect({ userId, status: put.status, code: put.body.error.code }).toEqual({ userId, status: 403, code: 'error.forbidden' });
      const add = await app.call('POST', `/api/communities/${communityId}/members`, {
        token,
        body: { userId: 'z', name: 'Z', role: 'facilitator' },
      });
      expect(add.status).toBe(403);
    }
    expect((await app.call('GET', workshop(), { token: facilitator })).body.version).toBe(0);
  });

  it('answers 404 to someone outside the community, and to another tenant, whatever they try', async () => {
    const outsider = app.token({ userId: 'stranger' });
    const otherTenant = app.token({ userId: 'nadia', tenantId: 'other-tenant' });
    for (const token of [outsider, otherTenant]) {
      expect((await app.call('GET', `/api/communities/${communityId}`, { token })).status).toBe(404);
      expect((await app.call('GET', workshop(), { token })).status).toBe(404);
      expect((await app.call('PUT', workshop(), { token, body: { name: 'x' }, headers: { 'if-match': 'W/"x"' } })).status).toBe(404);
      expect(
        (
          await app.call('POST', `/api/communities/${communityId}/members`, {
            token,
            body: { userId: 'me', name: 'Me', role: 'facilitator' },
          })
        ).status,
      ).toBe(404);
    }
    const me = await app.call('GET', '/api/me', { token: otherTenant });
    expect(me.body.communities).toEqual([]);
  });

  it('treats ids that cannot exist as not found rather than errors', async () => {
    for (const id of ['..%2F..%2Fx', 'a%23b', 'x'.repeat(65), "a'b"]) {
      const res = await app.call('GET', `/api/communities/${id}`, { token: facilitator });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
    }
  });
});

describe('POST /api/dev/token', () => {
  it('issues a token in local mode and validates its input', async () => {
    const ok = await app.call('POST', '/api/dev/token', { body: { userId: 'local-member', name: 'Marc-André Gagnon' } });
    expect(ok.status).toBe(200);
    const me = await app.call('GET', '/api/me', { token: ok.body.token });
    expect(me.body).toMatchObject({ userId: 'local-member', tenantId: 'local-tenant' });
    const bad = await app.call('POST', '/api/dev/token', { body: { userId: 'a/b', name: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['name', 'userId']);
  });

  it('does not exist outside local mode, and development tokens are not trusted there', async () => {
    const prod = await startTestApp({ ELAN_ENV: 'production', ELAN_API_CLIENT_ID: 'api-client', ELAN_TENANT_ID: 'tenant-1' });
    try {
      expect(prod.deps.devKeys).toBeUndefined();
      const res = await prod.call('POST', '/api/dev/token', { body: { userId: 'nadia', name: 'Nadia' } });
      expect(res.status).toBe(404);
      const devToken = app.token({ userId: 'nadia' });
      expect((await prod.call('GET', '/api/me', { token: devToken })).status).toBe(401);
    } finally {
      await prod.stop();
    }
  });
});

describe('rate limiting (integration, Azurite)', () => {
  it('answers 429 with Retry-After once one person exceeds the write burst, without slowing others or reads', async () => {
    const limited = await startTestApp({ ELAN_WRITE_BURST: '5', ELAN_WRITE_PER_SECOND: '0.5' });
    try {
      const busy = limited.token({ userId: 'busy' });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await limited.call('POST', '/api/communities', { token: busy, body: { name: `C${i}` } })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
      const refused = await limited.call('POST', '/api/communities', { token: busy, body: { name: 'encore' } });
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(refused.body.error.code).toBe('error.tooManyRequests');
      expect((await limited.call('GET', '/api/me', { token: busy })).body.communities).toHaveLength(5);
      expect(
        (await limited.call('POST', '/api/communities', { token: limited.token({ userId: 'calm' }), body: { name: 'Calme' } })).status,
      ).toBe(201);
    } finally {
      await limited.stop();
    }
  });
});
