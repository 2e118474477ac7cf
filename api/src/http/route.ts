import type { TeamRoster } from '@elan/core/community/roster';
import type { RosterTimerResult } from '@elan/core/community/rosterTimers';
import type { HttpMethod, HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Announcer } from '@elan/bot/chat/announcements';
import type { PollTimerReport } from '@elan/core/polls/pollTimers';
import type { RitualTimerReport } from '@elan/core/rituals/ritualTimers';
import type { DigestTimerReport } from '@elan/core/digest/digestTimers';
import type { SelfReviewTimerReport } from '@elan/core/selfReview/selfReviewTimers';
import type { MonthlyTimerReport } from '@elan/core/monthly/monthlyTimers';
import type { QuestionOfMonthReport } from '@elan/core/rituals/questionOfMonthTimers';
import type { CompassTimerReport } from '@elan/core/compass/compassTimers';
import type { RetentionReport } from '@elan/core/privacy/retentionCommands';
import type { RetentionStore } from '@elan/core/privacy/retention';
import type { Stores } from '@elan/core/stores';
import type { DevKeys } from '../auth/devIssuer';
import type { DocumentAdapters } from '../documents/documentContext';
import type { TokenVerifier } from '../auth/tokenVerifier';
import type { Config } from '../config';
import type { RateLimiter } from './rateLimiter';
import type { Tables } from '../storage/tables';

/** What every route handler may use; built once per process. */
export interface Deps {
  config: Config;
  tables: Tables;
  stores: Stores;
  verifier: TokenVerifier;
  /** Present only in local mode. */
  devKeys?: DevKeys;
  /** Answers Bot Connector activities posted to /api/messages. */
  botEndpoint: (req: HttpRequest) => Promise<HttpResponseInit>;
  /** Posts polls and outcomes to the community's linked channels. */
  announcer: Announcer;
  /** Core's document ports: the Word renderer, the kept sponsor files, signed tokens and the sponsor courier. */
  documents: DocumentAdapters;
  /** Team and chat rosters (the Bot Connector), for linking a channel. */
  roster: TeamRoster;
  /** One run of the scheduled work: poll deadlines and reminders, the meetings' ritual cards, surveys, owed roster reads, the weekly digests, the members' monthly summaries, the question of the month, the compass runs due, retention. */
  runTimers: (at?: string) => Promise<
    PollTimerReport & {
      retention: RetentionReport;
      rituals: RitualTimerReport;
      surveys: { closed: string[] };
      rosters: RosterTimerResult;
      digests: DigestTimerReport;
      selfReviews: SelfReviewTimerReport;
      monthly: MonthlyTimerReport;
      questionsOfMonth: QuestionOfMonthReport;
      compass: CompassTimerReport;
    }
  >;
  /** Last activity and retention period of each community. */
  retention: RetentionStore;
  /** Limits each person's writes (autosave included) to keep one runaway client from swamping storage. */
  writeLimiter: RateLimiter;
  newId: () => string;
  now: () => string;
}

/** One HTTP route, served identically by the Functions app and the local host. */
export interface Route {
  /** Function name in Azure. */
  name: string;
  methods: HttpMethod[];
  /** Functions route template, relative to /api, e.g. `communities/{id}/workshops/{n}`. */
  route: string;
  handler: (req: HttpRequest, deps: Deps) => Promise<HttpResponseInit>;
}
