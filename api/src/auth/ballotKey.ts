import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/**
 * The key that turns (poll, voter) into a ballot's row key. Outside local mode it must come from
 * configuration (Key Vault in Azure): a key that changed between restarts would let a voter count twice.
 */
export function loadBallotKey(config: Config): Buffer {
  const configured = config.ballotKey;
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length < 32) throw new Error('ELAN_BALLOT_KEY must be at least 32 bytes, base64-encoded.');
    return key;
  }
  if (!config.isLocal) throw new Error('ELAN_BALLOT_KEY is not set: polls cannot be stored safely without it.');
  const file = path.join(config.dataDir, 'ballot-key');
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(fs.readFileSync(file, 'utf8'), 'base64');
}
