import { randomUUID } from 'node:crypto';
import { loadBallotKey } from './auth/ballotKey';
import { loadOrCreateDevKeys } from './auth/devIssuer';
import { devTokenVerifier, entraTokenVerifier } from './auth/tokenVerifier';
import { createBotRuntime } from './bot/botRuntime';
import { DeliveryFileRepository } from './documents/deliveryFileRepository';
import { docxRenderer } from './documents/renderDocument';
import { documentTokens } from './documents/signedLink';
import { consentedFiles, sendToSponsors, sponsorCourier } from './documents/sponsorDelivery';
import { runPollTimers } from '@elan/core/polls/pollTimers';
import { runSurveyTimers } from '@elan/core/surveys/surveyTimers';
import { runRitualTimers } from '@elan/core/rituals/ritualTimers';
import { runRetention } from '@elan/core/privacy/retentionCommands';
import { runRosterTimers } from '@elan/core/community/rosterTimers';
import { runDigestTimers } from '@elan/core/digest/digestTimers';
import { runMonthlyTimers } from '@elan/core/monthly/monthlyTimers';
import { runNewcomerPulseTimers } from '@elan/core/community/newcomerPulse';
import { runQuestionOfMonthTimers } from '@elan/core/rituals/questionOfMonthTimers';
import { runCompassTimers } from '@elan/core/compass/compassTimers';
import { runSelfReviewTimers } from '@elan/core/selfReview/selfReviewTimers';
import type { Stores } from '@elan/core/stores';
import type { Config } from './config';
import type { Deps } from './http/route';
import { RateLimiter } from './http/rateLimiter';
import { CommunityRepository } from './community/communityRepository';
import { CompassRepository } from './compass/compassRepository';
import { DigestRepository } from './digest/digestRepository';
import { MonthlyRepository } from './monthly/monthlyRepository';
import { ChecklistRepository } from './checklist/checklistRepository';
import { SelfReviewRepository } from './selfReview/selfReviewRepository';
import { WelcomeRepository } from './community/welcomeRepository';
import { ConversationRepository } from './conversations/conversationRepository';
import { EraseRepository } from './privacy/eraseRepository';
import { NotebookRepository } from './notebooks/notebookRepository';
import { NetworkRepository } from './conversations/networkRepository';
import { TaskRepository } from './tasks/taskRepository';
import { MeetingRepository } from './rituals/meetingRepository';
import { DecisionRepository, DocumentRepository } from './storage/logRepositories';
import { PollRepository } from './polls/pollRepository';
import { withActivityTracking } from '@elan/core/privacy/activityTracking';
import { RetentionRepository } from './privacy/retentionRepository';
import { SurveyRepository } from './surveys/surveyRepository';
import { openTables } from './storage/tables';
import { collectingSpans } from '@elan/bot/tracing/spans';
import { tracedStores } from './storage/tracedStores';
import { WorkshopRepository } from './workshops/workshopRepository';

/** Wires configuration, storage adapters, token verification and the bot into route dependencies. */
export async function createDeps(config: Config): Promise<Deps> {
  if (!config.storageConnectionString) throw new Error('No storage connection string: set ELAN_STORAGE or AzureWebJobsStorage.');
  const tables = await openTables(config.storageConnectionString);
  const devKeys = config.isLocal ? loadOrCreateDevKeys(config.dataDir) : undefined;
  const ballotKey = loadBallotKey(config);
  const storage: Stores = {
    communities: new CommunityRepository(tables),
    workshops: new WorkshopRepository(tables),
    decisions: new DecisionRepository(tables),
    documents: new DocumentRepository(tables),
    polls: new PollRepository(tables, ballotKey),
    compass: new CompassRepository(tables, ballotKey),
    surveys: new SurveyRepository(tables, ballotKey),
    conversations: new ConversationRepository(tables.conversations),
    meetings: new MeetingRepository(tables),
    notebooks: new NotebookRepository(tables),
    network: new NetworkRepository(tables),
    erase: new EraseRepository(tables),
    digests: new DigestRepository(tables),
    monthly: new MonthlyRepository(tables),
    checklists: new ChecklistRepository(tables),
    selfReviews: new SelfReviewRepository(tables),
    tasks: new TaskRepository(tables),
    welcomes: new WelcomeRepository(tables, ballotKey),
  };
  const now = () => new Date().toISOString();
  const retention = new RetentionRepository(tables);
  const traced = collectingSpans() ? tracedStores(storage) : storage;
  const stores = withActivityTracking(traced, retention, now, (error) => console.error('could not note activity', error));
  const keptFiles = { files: new DeliveryFileRepository(tables.communities), tokens: documentTokens(config) };
  const bot = createBotRuntime(config, stores, now, {
    files: consentedFiles(keptFiles, now),
    // Called only once requests arrive, after `deps` below exists.
    send: (principal, communityId, input, origin) => sendToSponsors(deps, principal, communityId, input, origin),
  });
  const deps: Deps = {
    config,
    tables,
    stores,
    // Local mode trusts only its own issuer; every other environment trusts only Entra ID.
    verifier: devKeys ? devTokenVerifier(devKeys) : entraTokenVerifier(config),
    devKeys,
    botEndpoint: bot.endpoint,
    announcer: bot.announcer,
    documents: { ...keptFiles, renderer: docxRenderer, courier: sponsorCourier(bot.courier) },
    roster: bot.roster,
    runTimers: async (at) => {
      const polls = await runPollTimers(stores, bot.timerEffects, at ?? now());
      const rituals = await runRitualTimers(stores, bot.ritualEffects, at ?? now(), randomUUID);
      const surveys = await runSurveyTimers(stores, bot.surveyEffects, at ?? now(), randomUUID);
      const rosters = await runRosterTimers(stores, bot.roster, at ?? now(), (id, error) =>
        console.error('roster read failed for', id, error),
      );
      const digests = await runDigestTimers(stores, bot.digestEffects, at ?? now());
      const monthly = await runMonthlyTimers(stores, bot.monthlyEffects, at ?? now());
      // Newcomers' 30-day pulse goes out through the same personal send as the capture reminders.
      await runNewcomerPulseTimers(stores, bot.ritualEffects.remind, at ?? now());
      const questionsOfMonth = await runQuestionOfMonthTimers(stores, bot.ritualEffects, at ?? now());
      const compass = await runCompassTimers(stores, bot.ritualEffects, at ?? now());
      // Each facilitator's self-review card after a meeting goes out through the same personal send as the reminders.
      const selfReviews = await runSelfReviewTimers(stores, bot.ritualEffects.remind, at ?? now(), (id, error) =>
        console.error('self-review cards failed for', id, error),
      );
      // Retention runs last, so whatever this run closed or held counts as activity first.
      // Erasure warnings go out through the same personal send as the capture reminders.
      const retained = await runRetention(
        stores,
        retention,
        at ?? now(),
        (id, error) => console.error('retention failed for', id, error),
        bot.ritualEffects.remind,
      );
      return { ...polls, retention: retained, rituals, surveys, rosters, digests, selfReviews, monthly, questionsOfMonth, compass };
    },
    retention,
    writeLimiter: new RateLimiter(config.writeLimit.burst, config.writeLimit.perSecond),
    newId: () => randomUUID(),
    now,
  };
  return deps;
}
