import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import jwt from 'jsonwebtoken';
import { loadConfig } from '../config';
import { freePort } from '../local/azurite';
import { entraTokenVerifier } from './tokenVerifier';

// Entra ID is a boundary we cannot reach here: a local HTTP server plays its JWKS endpoint,
// and tokens are signed with a key it publishes, shaped exactly like Entra v2 access tokens.
let server: http.Server;
let jwksUri: string;
let signingKey: KeyObject;
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

beforeAll(async () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  signingKey = pair.privateKey;
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  jwksUri = `http://127.0.0.1:${port}/keys`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tenant = '11111111-1111-1111-1111-111111111111';
const config = loadConfig({
  ELAN_ENV: 'production',
  ELAN_API_CLIENT_ID: 'api-client-id',
  ELAN_API_ID_URI: 'api://elan.example/api-client-id',
  ELAN_TENANT_ID: tenant,
});

function entraToken(overrides: Record<string, unknown> = {}, key: KeyObject = signingKey, opts: jwt.SignOptions = {}): string {
  const claims = {
    tid: tenant,
    oid: 'user-oid',
    name: 'Nadia',
    scp: 'access_as_user User.Read',
    iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
    aud: 'api-client-id',
    ...overrides,
  };
  return jwt.sign(claims, key, { algorithm: 'RS256', keyid: 'k1', expiresIn: 600, ...opts });
}

describe('entraTokenVerifier', () => {
  it('accepts a valid Entra v2 access token for this API and returns tid + oid', async () => {
    const verifier = entraTokenVerifier(config, jwksUri);
    await expect(verifier.verify(entraToken())).resolves.toEqual({ tenantId: tenant, userId: 'user-oid', name: 'Nadia' });
    await expect(verifier.verify(entraToken({ aud: 'api://elan.example/api-client-id' }))).resolves.toMatchObject({ userId: 'user-oid' });
  });

  it.each([
    ['another audience', { aud: 'someone-else' }],
    ['an issuer of another tenant', { iss: 'https://login.microsoftonline.com/22222222-2222-2222-2222-222222222222/v2.0' }],
    [
      'a tenant not allowed',
      { tid: '33333333-3333-3333-3333-333333333333', iss: 'https://login.microsoftonline.com/33333333-3333-3333-3333-333333333333/v2.0' },
    ],
    ['no access_as_user scope', { scp: 'User.Read' }],
    ['no oid', { oid: undefined }],
  ])('refuses %s', async (_label, overrides) => {
    await expect(entraTokenVerifier(config, jwksUri).verify(entraToken(overrides))).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a token signed by a key Entra did not publish, or expired', async () => {
    const verifier = entraTokenVerifier(config, jwksUri);
    await expect(verifier.verify(entraToken({}, otherKey))).rejects.toMatchObject({ status: 401 });
    await expect(verifier.verify(entraToken({}, signingKey, { expiresIn: -300 }))).rejects.toMatchObject({ status: 401 });
  });

  it('fails closed when no audience or tenant is configured', async () => {
    const bare = entraTokenVerifier(loadConfig({ ELAN_ENV: 'production' }), jwksUri);
    await expect(bare.verify(entraToken())).rejects.toMatchObject({ status: 401 });
  });
});
