import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { DocumentClaims, DocumentTokens, TokenCheck } from '@elan/core/documents/documentTokens';
import { loadBallotKey } from '../auth/ballotKey';
import type { Config } from '../config';

const keys = new WeakMap<Config, Buffer>();

/**
 * The key that signs document links: derived (HKDF) from the server's ballot key, so it comes from the
 * same configured secret (Key Vault in Azure) and survives restarts, yet a link key can never forge ballots.
 */
export function documentLinkKey(config: Config): Buffer {
  let key = keys.get(config);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', loadBallotKey(config), Buffer.alloc(0), 'elan document links v1', 32));
    keys.set(config, key);
  }
  return key;
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(`elan-doc.${payload}`).digest();

/** Signs claims into a URL-safe token: base64url(JSON) "." base64url(HMAC-SHA256). */
export function signDocumentToken(key: Buffer, claims: DocumentClaims): string {
  const payload = Buffer.from(
    JSON.stringify({
      t: claims.tenantId,
      c: claims.communityId,
      k: claims.kind,
      v: claims.version,
      l: claims.lang,
      e: claims.expiresAt,
      ...(claims.recipient ? { u: claims.recipient } : {}),
    }),
  ).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

const tokenPattern = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{43}$/;

/** Checks a token's signature (constant time), then its expiry: forged before expired, so a forgery learns nothing. */
export function verifyDocumentToken(key: Buffer, token: unknown, nowMs: number): TokenCheck {
  if (typeof token !== 'string' || !tokenPattern.test(token)) return { ok: false, reason: 'forged' };
  const [payload, signature] = token.split('.') as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'forged' };
  }
  const claims: DocumentClaims = {
    tenantId: String(raw['t']),
    communityId: String(raw['c']),
    kind: raw['k'] === 'impactReport' ? 'impactReport' : 'charter',
    version: Number(raw['v']),
    lang: raw['l'] === 'en' ? 'en' : 'fr',
    expiresAt: Number(raw['e']),
    ...(typeof raw['u'] === 'string' ? { recipient: raw['u'] } : {}),
  };
  if (!Number.isInteger(claims.version) || !Number.isFinite(claims.expiresAt)) return { ok: false, reason: 'forged' };
  if (claims.expiresAt <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** Core's document tokens, signed with the key derived from this configuration. */
export function documentTokens(config: Config): DocumentTokens {
  return {
    sign: (claims) => signDocumentToken(documentLinkKey(config), claims),
    verify: (token, nowMs) => verifyDocumentToken(documentLinkKey(config), token, nowMs),
  };
}
