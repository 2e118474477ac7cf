import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { Activity } from '@microsoft/agents-activity';
import { type AuthConfiguration, CloudAdapter, type Request, type WebResponse } from '@microsoft/agents-hosting';
import { createAgent } from '@elan/bot/agent';
import { type Announcer, createAnnouncer, remindMember } from '@elan/bot/announcements';
import { pollCard } from '@elan/core/cards/pollCard';
import type { PollTimerEffects } from '@elan/core/commands/pollTimers';
import { createOutboundSender } from '@elan/bot/outbound/sender';
import { DomainError } from '@elan/core/errors';
import { pickLocale, translate } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/ports/stores';
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

/** The bot as the API hosts it: the `/api/messages` handler and the announcer that posts to channels. */
export interface BotRuntime {
  endpoint: (req: HttpRequest) => Promise<HttpResponseInit>;
  announcer: Announcer;
  /** What the poll timer does through the bot: replace closed cards, remind non-voters. */
  timerEffects: PollTimerEffects;
}

/** Builds the adapter once, and on it the agent, the shared outbound sender and the announcer. */
export function createBotRuntime(config: Config, stores: Stores, now: () => string): BotRuntime {
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
  const announcer = createAnnouncer(stores, sender);
  const timerEffects: PollTimerEffects = {
    closed: async ({ poll, tally, outcome, decision }) => {
      const language = (await stores.communities.get(poll.tenantId, poll.communityId))?.language ?? 'fr';
      await announcer.pollClosed(
        poll,
        pollCard({ poll, tally, locale: language, outcome: { ...outcome, decisionNumber: decision.number } }),
      );
    },
    remind: (poll, userId) => remindMember(stores, sender, poll, userId),
    failed: (pollId, error) => console.error('poll timer failed for', pollId, error),
  };
  const agent = createAgent({ tabUrl: config.tabUrl, adapter, stores, now, announcer });

  const endpoint = async (req: HttpRequest): Promise<HttpResponseInit> => {
    const locale = pickLocale(req.headers.get('accept-language'));
    try {
      // The SDK lets anonymous traffic through whenever no client ID is set; only local mode may run like that.
      if (!config.bot.clientId && !config.isLocal) throw new DomainError('error.unauthorized', 401);
      const body = await readJson(req);
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DomainError('error.invalidActivity', 400);
      // The SDK's own activity schema, checked before processing so a malformed activity is a 400, not a 500.
      try {
        Activity.fromObject(body);
      } catch {
        throw new DomainError('error.invalidActivity', 400);
      }
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
      await adapter.process(request, response, (context) => agent.run(context));
      return response.toInit();
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
  return { endpoint, announcer, timerEffects };
}
