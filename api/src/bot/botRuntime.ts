import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { type AuthConfiguration, CloudAdapter, type Request, type WebResponse } from '@microsoft/agents-hosting';
import { createAgent } from '@elan/bot/agent';
import { type Announcer, createAnnouncer, remindMember, sendPersonal } from '@elan/bot/chat/announcements';
import type { PollTimerEffects } from '@elan/core/polls/pollTimers';
import type { SurveyTimerEffects } from '@elan/core/surveys/surveyTimers';
import { surveyCard } from '@elan/core/surveys/surveyCard';
import type { TabAddress } from '@elan/core/adaptiveCards/tabLinks';
import type { RitualTimerEffects } from '@elan/core/rituals/ritualTimers';
import type { DigestTimerEffects } from '@elan/core/digest/digestTimers';
import { createChannelPoster } from '@elan/bot/conversations/channelPoster';
import { announcePollClosed } from '@elan/bot/polls/pollClosing';
import { createOutboundSender, type OutboundSender } from '@elan/bot/outbound/sender';
import type { ConsentedFiles } from '@elan/bot/documents/fileConsent';
import { createPersonalChats, type PersonalChats } from '@elan/bot/conversations/personalChats';
import { createTeamRoster } from '@elan/bot/community/teamRoster';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { TeamRoster } from '@elan/core/community/roster';
import { apiOriginKey, type SendToSponsors } from '@elan/bot/documents/sponsorCommand';
import { DomainError } from '@elan/core/errors';
import { span } from '@elan/bot/tracing/spans';
import { pickLocale, translate } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import type { Config } from '../config';
import { readJson } from '../http/readJson';
import { errorResponse, json } from '../http/respond';

/** Collects what the SDK writes to its Express-style response, to hand back to the Functions host. */
class CollectedResponse implements WebResponse {
  statusCode = 200;
  headers: Record<string, string> = {};
  body: unknown = undefined;
  headersSent = false;
  writableEnded = false;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    this.headersSent = true;
    return this;
  }
  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }
  toInit(): HttpResponseInit {
    if (this.body === undefined) return { status: this.statusCode, headers: this.headers };
    if (typeof this.body === 'string') return { status: this.statusCode, headers: this.headers, body: this.body };
    return { status: this.statusCode, headers: { 'content-type': 'application/json', ...this.headers }, jsonBody: this.body };
  }
}

/** The SDK's schema (zod) and shape (TypeError) failures on an activity it could not read. */
function isMalformedActivity(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'ZodError');
}

/** The bot as the API hosts it: the `/api/messages` handler and the announcer that posts to channels. */
export interface BotRuntime {
  endpoint: (req: HttpRequest) => Promise<HttpResponseInit>;
  announcer: Announcer;
  /** What the poll timer does through the bot: replace closed cards, remind non-voters. */
  timerEffects: PollTimerEffects;
  /** What the survey timer does through the bot: replace the cards of closed surveys. */
  surveyEffects: SurveyTimerEffects;
  /** What the ritual timer does through the bot: post meeting cards to the linked channels. */
  ritualEffects: RitualTimerEffects;
  /** What the digest timer does through the bot: the facilitators' personal weekly digest. */
  digestEffects: DigestTimerEffects;
  /** The members' monthly summaries: the same personal send, logged as theirs. */
  monthlyEffects: DigestTimerEffects;
  /** Proactive sends for document delivery: personal chats (opened on demand) and the shared sender. */
  courier: { chats: PersonalChats; sender: OutboundSender };
  /** Team and chat rosters, read through the Bot Connector with the bot's identity. */
  roster: TeamRoster;
}

/** What the bot needs from the host to deliver documents: kept files for consent uploads, and sending. */
export interface BotDocuments {
  files: ConsentedFiles;
  send: SendToSponsors;
}

/** Builds the adapter once, and on it the agent, the shared outbound sender and the announcer. */
export function createBotRuntime(config: Config, stores: Stores, now: () => string, documents?: BotDocuments): BotRuntime {
  const authConfig: AuthConfiguration = config.bot.clientId
    ? { clientId: config.bot.clientId, clientSecret: config.bot.clientSecret, tenantId: config.bot.tenantId }
    : {};
  const adapter = new CloudAdapter(authConfig);
  // The SDK's default answers any failure with an English apology in the chat and swallows the error.
  // Rethrow instead: inbound, the endpoint answers a clear status (503 while storage is down, Teams retries);
  // outbound, the shared sender sees the failure and retries with backoff.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const sender = createOutboundSender(adapter, config.bot.clientId);
  // Where the tab is: every card the bot posts links to it (see tabLinksFor), with the channel it goes to.
  const tab: TabAddress = { tabUrl: config.tabUrl, teamsAppId: config.teamsAppId };
  const announcer = createAnnouncer(stores, sender, tab);
  const chats = createPersonalChats(adapter, stores, config.bot.clientId, now);
  const roster = createTeamRoster(sender);
  const timerEffects: PollTimerEffects = {
    closed: (closed) => announcePollClosed(stores, announcer, closed),
    remind: (poll, userId) => remindMember(stores, sender, chats, poll, userId, tab),
    failed: (pollId, error) => console.error('poll timer failed for', pollId, error),
  };
  const ritualPoster = createChannelPoster(stores, sender, tab);
  const ritualEffects: RitualTimerEffects = {
    post: (tenantId, communityId, card) => ritualPoster.post(tenantId, communityId, card),
    postSurvey: (survey, card) => announcer.surveyOpened(survey, card),
    remind: (tenantId, communityId, userId, card) => sendPersonal(stores, sender, chats, { tenantId, communityId }, userId, card, tab),
    failed: (communityId, error) => console.error('ritual timer failed for', communityId, error),
  };
  const digestEffects: DigestTimerEffects = {
    send: ritualEffects.remind,
    failed: (what, error) => console.error('weekly digest failed for', what, error),
  };
  const monthlyEffects: DigestTimerEffects = {
    send: ritualEffects.remind,
    failed: (what, error) => console.error('monthly summary failed for', what, error),
  };
  const agent = createAgent({
    tabUrl: config.tabUrl,
    adapter,
    stores,
    now,
    announcer,
    ritualPoster,
    // Cards deep-link into the tab; answers to a card submitted in a shared conversation go to a personal chat.
    links: tab,
    personalChats: chats,
    outbound: sender,
    roster,
    // Teams always gives HTTPS upload URLs; only local mode (the fake connector) may use plain HTTP.
    documents: documents && { ...documents, allowInsecureUploads: config.isLocal },
  });

  const endpoint = (req: HttpRequest): Promise<HttpResponseInit> => span('bot.request', () => handle(req));
  const handle = async (req: HttpRequest): Promise<HttpResponseInit> => {
    const locale = pickLocale(req.headers.get('accept-language'));
    try {
      // The SDK lets anonymous traffic through whenever no client ID is set; only local mode may run like that.
      if (!config.bot.clientId && !config.isLocal) throw new DomainError('error.unauthorized', 401);
      const body = await readJson(req);
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DomainError('error.invalidActivity', 400);
      const request: Request = {
        body: body as Record<string, unknown>,
        headers: Object.fromEntries(req.headers.entries()),
        method: req.method,
      };
      const response = new CollectedResponse();
      let authorized = false;
      await adapter.authorizeRequest(request, response, () => {
        authorized = true;
      });
      if (!authorized) return json(401, { error: { code: 'error.unauthorized', message: translate(locale, 'error.unauthorized') } });
      let turnStarted = false;
      try {
        await adapter.process(request, response, (context) => {
          turnStarted = true;
          // Signed links point back to the API as Teams reached it.
          context.turnState.set(apiOriginKey, new URL(req.url).origin);
          return span('bot.turn', () => agent.run(context));
        });
      } catch (error) {
        // The SDK checks the activity against its schema before the turn: a malformed one is a 400, not a 500.
        // (Checking it here first as well cost a second schema parse on every vote.)
        if (!turnStarted && isMalformedActivity(error)) throw new DomainError('error.invalidActivity', 400);
        throw error;
      }
      return response.toInit();
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
  const surveyEffects: SurveyTimerEffects = {
    closed: async (state) => {
      const language = await languageOfCommunity(stores, state.survey.tenantId, state.survey.communityId);
      await announcer.surveyClosed(state.survey, (links) => surveyCard({ ...state, locale: language, links }));
    },
    failed: (surveyId, error) => console.error('survey timer failed for', surveyId, error),
  };
  return {
    endpoint,
    announcer,
    timerEffects,
    ritualEffects,
    digestEffects,
    monthlyEffects,
    surveyEffects,
    courier: { chats, sender },
    roster,
  };
}
