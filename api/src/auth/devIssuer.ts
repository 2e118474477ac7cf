import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import type { Principal } from '@elan/core/community/community';

/** Issuer and audience of local development tokens; never accepted outside local mode. */
export const devIssuer = 'https://elan.local/dev-issuer';
export const devAudience = 'api://elan-local';

export interface DevKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Loads the local signing key from the data folder, generating it at first start. */
export function loadOrCreateDevKeys(dataDir: string): DevKeys {
  const file = path.join(dataDir, 'dev-signing-key.pem');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // 'wx' so two processes starting at once cannot overwrite each other's key.
    try {
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const privateKey = createPrivateKey(fs.readFileSync(file));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Signs a development token shaped like an Entra ID access token (tid, oid, name, scp, and upn when given). */
export function signDevToken(keys: DevKeys, who: Principal, lifetimeSeconds = 8 * 3600): string {
  return jwt.sign(
    { tid: who.tenantId, oid: who.userId, name: who.name, scp: 'access_as_user', ...(who.upn ? { upn: who.upn } : {}) },
    keys.privateKey,
    {
      algorithm: 'RS256',
      issuer: devIssuer,
      audience: devAudience,
      expiresIn: lifetimeSeconds,
      keyid: 'elan-dev',
    },
  );
}
