import jwt, { type GetPublicKeyOrSecret, type JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import type { Principal } from '@elan/core/community/community';
import { DomainError } from '@elan/core/errors';
import type { Config } from '../config';
import { type DevKeys, devAudience, devIssuer } from './devIssuer';

/** Turns a bearer token into the caller's identity, or throws 401. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** What a token must satisfy, whoever issued it. */
interface TrustPolicy {
  getKey: GetPublicKeyOrSecret;
  audience: [string, ...string[]];
  /** Whether this issuer may issue tokens for that tenant. */
  issuerAllowed(issuer: string, tenantId: string): boolean;
  tenantAllowed(tenantId: string): boolean;
}

const unauthorized = () => new DomainError('error.unauthorized', 401);

/** One validation path for every issuer: signature, expiry, audience, issuer, scope and tenant. */
function verifierFor(policy: TrustPolicy): TokenVerifier {
  return {
    verify: (token) =>
      new Promise<Principal>((resolve, reject) => {
        jwt.verify(token, policy.getKey, { algorithms: ['RS256'], audience: policy.audience, clockTolerance: 60 }, (error, decoded) => {
          if (error || !decoded || typeof decoded === 'string') return reject(unauthorized());
          const claims = decoded as JwtPayload & {
            tid?: string;
            oid?: string;
            name?: string;
            scp?: string;
            upn?: string;
            preferred_username?: string;
          };
          const scopes = (claims.scp ?? '').split(' ');
          const ok =
            typeof claims.tid === 'string' &&
            typeof claims.oid === 'string' &&
            typeof claims.iss === 'string' &&
            scopes.includes('access_as_user') &&
            policy.issuerAllowed(claims.iss, claims.tid) &&
            policy.tenantAllowed(claims.tid);
          if (!ok) return reject(unauthorized());
          // v2 tokens carry the sign-in name as preferred_username, v1 as upn; it only matches invitations.
          const upn = typeof claims.upn === 'string' ? claims.upn : claims.preferred_username;
          resolve({
            tenantId: claims.tid!,
            userId: claims.oid!,
            name: claims.name ?? '',
            ...(typeof upn === 'string' && upn ? { upn } : {}),
          });
        });
      }),
  };
}

/** Trusts only the local development issuer, whose key sits in the data folder. */
export function devTokenVerifier(keys: DevKeys): TokenVerifier {
  return verifierFor({
    getKey: (_header, done) => done(null, keys.publicKey.export({ type: 'spki', format: 'pem' })),
    audience: [devAudience],
    issuerAllowed: (issuer) => issuer === devIssuer,
    tenantAllowed: () => true,
  });
}

/** Trusts only Microsoft Entra ID v2 access tokens for this API, from allowed tenants. */
export function entraTokenVerifier(
  config: Config,
  jwksUri = 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
): TokenVerifier {
  const audience = [config.entra.clientId, config.entra.idUri].filter((a): a is string => Boolean(a));
  if (audience.length === 0 || config.entra.allowedTenants.length === 0) {
    // Fail closed: without an audience or a tenant list no token can be trusted.
    return { verify: () => Promise.reject(unauthorized()) };
  }
  const jwks = new JwksClient({ jwksUri, cache: true, rateLimit: true });
  return verifierFor({
    getKey: (header, done) => {
      jwks.getSigningKey(header.kid).then(
        (key) => done(null, key.getPublicKey()),
        (error: Error) => done(error),
      );
    },
    audience: audience as [string, ...string[]],
    issuerAllowed: (issuer, tenantId) => issuer === `https://login.microsoftonline.com/${tenantId}/v2.0`,
    tenantAllowed: (tenantId) => config.entra.allowedTenants.includes(tenantId),
  });
}

/** Reads the bearer token of a request and verifies it. */
export async function authenticate(verifier: TokenVerifier, authorization: string | null): Promise<Principal> {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
  if (!match) throw unauthorized();
  return verifier.verify(match[1]!);
}
