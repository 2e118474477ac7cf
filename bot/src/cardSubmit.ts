import { Activity } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { submitVerbKey } from '@elan/core/adaptiveCards/executeAction';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { pickLocale } from '@elan/core/i18n/translate';
import { actorOf } from './actor';
import { cardReply } from './cardReply';
import { cardVerb } from './cardVerb';
import { conversationRefOf } from './conversations/conversationRefs';
import type { OutboundSender } from './outbound/sender';
import type { PersonalChats } from './conversations/personalChats';

/** A card action as its handler reads it: the verb and the data merged with the card's inputs. */
export interface CardAction {
  type: 'Action.Execute';
  verb: string;
  data: Record<string, unknown>;
}

/** Handles one verb of a card and answers with the card the person should now see. */
export type CardActionHandler = (context: TurnContext, state: TurnState, action: CardAction) => Promise<AdaptiveCard>;

/** Where the card answering a submit from a shared conversation goes: the person's personal chat. */
export interface SubmitDelivery {
  chats?: PersonalChats | undefined;
  sender?: OutboundSender | undefined;
  now: () => string;
}

/**
 * Every card verb is registered once here and reached two ways: the `adaptiveCard/action` invoke of
 * `Action.Execute` (Universal Actions; the card answered is the invoke response), and the `Action.Submit`
 * fallback that clients without Universal Actions send as a message whose `value` holds the action's data,
 * its verb and the inputs. Both run the same handler, so a retried submit is as idempotent as a retried
 * invoke (a vote overwrites the voter's one ballot row).
 *
 * The answer card is the person's own view ("your answer: …", anonymous polls included), so it is never
 * posted where others read it: in a personal chat it replaces the submitted card (`replyToId`), or is
 * posted there as a new message when the submit names no card (whatever the delivery mode); in a
 * channel or group chat it goes to the person's personal chat (opened on demand) and the shared copy is
 * left as it is.
 */
export class CardActions {
  private readonly handlers = new Map<string, CardActionHandler>();

  constructor(
    readonly agent: AgentApplication<TurnState>,
    private readonly delivery: SubmitDelivery,
  ) {}

  /** Registers the handler of one verb for both the invoke and the submit path. */
  on(verb: string, handler: CardActionHandler): void {
    this.handlers.set(verb, handler);
    this.agent.adaptiveCards.actionExecute<CardAction>(cardVerb(verb), handler);
  }

  /** Whether a message is a card's `Action.Submit` (it carries a verb in its value), not something typed. */
  static isSubmit(context: TurnContext): boolean {
    const value = context.activity.value as Record<string, unknown> | null | undefined;
    return !!value && typeof value === 'object' && typeof value[submitVerbKey] === 'string';
  }

  /** Runs the submitted verb's handler (an unknown verb gets a clear card) and delivers the card to the person. */
  async submit(context: TurnContext, state: TurnState): Promise<void> {
    const data = { ...(context.activity.value as Record<string, unknown>) };
    const verb = String(data[submitVerbKey]);
    const handler = this.handlers.get(verb);
    const card = handler
      ? await handler(context, state, { type: 'Action.Execute', verb, data })
      : noticeCard(pickLocale(context.activity.locale), 'poll.error.unknownAction');
    await this.deliver(context, card);
  }

  private async deliver(context: TurnContext, card: AdaptiveCard): Promise<void> {
    const { activity } = context;
    const reply = cardReply(card);
    const via = conversationRefOf(context, this.delivery.now());
    const { chats, sender } = this.delivery;
    if (activity.conversation?.conversationType === 'personal' || !activity.conversation?.conversationType) {
      if (activity.replyToId) return void (await context.updateActivity(Activity.fromObject({ ...reply, id: activity.replyToId })));
      // A new card goes out through the shared sender, as every proactive post: `context.sendActivity` would
      // only buffer it into the HTTP answer when the message came with `deliveryMode: expectReplies`, and
      // Teams reads nothing from the answer to a message, so the person would get nothing.
      if (sender && via) return void (await sender.send({ ...via, communityId: null }, reply));
      return void (await context.sendActivity(reply));
    }
    const actor = actorOf(context);
    const personal =
      actor && via && chats
        ? await chats.open(actor.tenantId, { userId: actor.userId, name: actor.name }, { ...via, communityId: null })
        : undefined;
    // Nowhere private to answer (Teams refused the 1:1 chat): the action stands, the answer card is dropped.
    if (!personal || !sender) return console.warn('no personal chat for a card submit answer', actor?.userId);
    await sender.send(personal, reply);
  }
}
