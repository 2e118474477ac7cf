import { randomUUID } from 'node:crypto';
import { loadBallotKey } from './auth/ballotKey';
import { loadOrCreateDevKeys } from './auth/devIssuer';
import { devTokenVerifier, entraTokenVerifier } from './auth/tokenVerifier';
import { createBotRuntime } from './bot/botRuntime';
import { runPollTimers } from '@elan/core/commands/pollTimers';
import type { Stores } from '@elan/core/ports/stores';
import type { Config } from './config';
import type { Deps } from './http/route';
import { RateLimiter } from './http/rateLimiter';
import { CommunityRepository } from './storage/communityRepository';
import { CompassRepository } from './storage/compassRepository';
import { ConversationRepository } from './storage/conversationRepository';
import { EraseRepository } from './storage/eraseRepository';
import { DecisionRepository, DocumentRepository } from './storage/logRepositories';
import { PollRepository } from './storage/pollRepository';
import { openTables } from './storage/tables';
import { WorkshopRepository } from './storage/workshopRepository';

/** Wires configuration, storage adapters, token verification and the bot into route dependencies. */
export async function createDeps(config: Config): Promise<Deps> {
  if (!config.storageConnectionString) throw new Error('No storage connection string: set ELAN_STORAGE or AzureWebJobsStorage.');
  const tables = await openTables(config.storageConnectionString);
  const devKeys = config.isLocal ? loadOrCreateDevKeys(config.dataDir) : undefined;
  const ballotKey = loadBallotKey(config);
  const stores: Stores = {
    communities: new CommunityRepository(tables),
    workshops: new WorkshopRepository(tables),
    decisions: new DecisionRepository(tables),
    documents: new DocumentRepository(tables),
    polls: new PollRepository(tables, ballotKey),
    compass: new CompassRepository(tables, ballotKey),
    conversations: new ConversationRepository(tables.conversations),
    erase: new EraseRepository(tables),
  };
  const now = () => new Date().toISOString();
  const bot = createBotRuntime(config, stores, now);
  return {
    config,
    tables,
    stores,
    // Local mode trusts only its own issuer; every other environment trusts only Entra ID.
    verifier: devKeys ? devTokenVerifier(devKeys) : entraTokenVerifier(config),
    devKeys,
    botEndpoint: bot.endpoint,
    announcer: bot.announcer,
    runTimers: (at) => runPollTimers(stores, bot.timerEffects, at ?? now()),
    writeLimiter: new RateLimiter(config.writeLimit.burst, config.writeLimit.perSecond),
    newId: () => randomUUID(),
    now,
  };
}
