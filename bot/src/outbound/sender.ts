import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter, ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import { RateWindow } from './rateWindow';
import { defaultRetryPolicy, isRetryable, retryDelayMs, type RetryPolicy } from './retryPolicy';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts and updates the bot's proactive messages. */
export interface OutboundSender {
  /** Posts an activity to a conversation and returns its id. */
  send(ref: ConversationRef, activity: Partial<Activity>): Promise<string | undefined>;
  /** Replaces an activity the bot posted earlier (e.g. a poll card once closed). */
  update(ref: ConversationRef, activityId: string, activity: Partial<Activity>): Promise<void>;
  /**
   * Runs a Bot Connector read for a conversation (a roster page, one member) with the same order, pace and
   * retries as sends, with the bot's own identity.
   */
  read<T>(ref: ConversationRef, work: (connector: ConnectorClient) => Promise<T>): Promise<T>;
}

function referenceOf(ref: ConversationRef): ConversationReference {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    agent: { id: ref.bot.id, name: ref.bot.name },
    conversation: {
      id: ref.conversationId,
      tenantId: ref.tenantId,
      conversationType: ref.conversationType,
      isGroup: ref.conversationType !== 'personal',
    },
  } as ConversationReference;
}

/**
 * The one sender every proactive post goes through: per conversation, sends keep their order and stay
 * within 7 per second; throttling and gateway errors are retried with exponential backoff and jitter.
 */
export function createOutboundSender(
  adapter: CloudAdapter,
  botAppId: string | undefined,
  policy: RetryPolicy = defaultRetryPolicy,
): OutboundSender {
  const queues = new Map<string, { tail: Promise<unknown>; window: RateWindow }>();

  /** Runs `work` after everything queued for this conversation, paced and retried. */
  function enqueue<T>(ref: ConversationRef, work: (reference: ConversationReference) => Promise<T>): Promise<T> {
    const key = `${ref.tenantId}|${ref.conversationId}`;
    const queue = queues.get(key) ?? { tail: Promise.resolve(), window: new RateWindow() };
    queues.set(key, queue);
    const run = async () => {
      for (let attempt = 1; ; attempt++) {
        const wait = queue.window.waitMs(Date.now());
        if (wait > 0) await sleep(wait);
        queue.window.record(Date.now());
        try {
          return await work(referenceOf(ref));
        } catch (error) {
          if (attempt >= policy.attempts || !isRetryable(error)) throw error;
          await sleep(retryDelayMs(error, attempt, policy));
        }
      }
    };
    const result = queue.tail.then(run, run);
    queue.tail = result.catch(() => undefined);
    return result;
  }

  // Without a configured app id (local mode) the bot's own channel id names it; the Playground accepts that.
  const appIdFor = (ref: ConversationRef) => botAppId || ref.bot.id;

  /** Runs one send inside a proactive turn. Errors are carried out of the turn ourselves: the adapter's
   * turn-error handler would otherwise swallow them (and may post an apology into the chat). */
  async function inTurn<T>(ref: ConversationRef, reference: ConversationReference, act: (context: TurnContext) => Promise<T>): Promise<T> {
    let value: T | undefined;
    let failure: unknown = new Error('turn did not run');
    await adapter.continueConversation(appIdFor(ref), reference, async (context) => {
      try {
        value = await act(context);
        failure = undefined;
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return value as T;
  }

  return {
    send: (ref, activity) =>
      enqueue(ref, (reference) =>
        inTurn(ref, reference, async (context) => (await context.sendActivity(Activity.fromObject({ type: 'message', ...activity })))?.id),
      ),
    update: (ref, activityId, activity) =>
      enqueue(ref, (reference) =>
        inTurn(ref, reference, async (context) => {
          await context.updateActivity(Activity.fromObject({ type: 'message', ...activity, id: activityId }));
        }),
      ),
    read: (ref, work) =>
      enqueue(ref, (reference) =>
        inTurn(ref, reference, (context) => {
          const connector = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
          if (!connector) throw new Error('no connector client in the turn');
          return work(connector);
        }),
      ),
  };
}
