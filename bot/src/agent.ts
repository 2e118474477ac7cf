import { randomUUID } from 'node:crypto';
import { ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, type CloudAdapter, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { welcomeCard } from '@elan/core/conversations/welcomeCard';
import { forgetConversation, rememberConversation } from '@elan/core/conversations/conversationRecords';
import { type Announcer, sendPersonal } from './chat/announcements';
import type { RemindPerson } from '@elan/core/notebooks/captureReminders';
import { cardReply } from './cardReply';
import { CardActions } from './cardSubmit';
import type { OutboundSender } from './outbound/sender';
import type { PersonalChats } from './conversations/personalChats';
import { answerChat } from './chat/chatCommands';
import { conversationRefOf } from './conversations/conversationRefs';
import { type ConsentedFiles, registerFileConsent } from './documents/fileConsent';
import { type PollActionDeps, registerPollActions } from './polls/pollActions';
import { registerRitualActions } from './rituals/ritualActions';
import type { ChannelPoster } from './conversations/channelPoster';
import { registerLinkActions } from './conversations/linkActions';
import { registerSurveyActions } from './surveys/surveyActions';
import { registerCompassActions } from './compass/compassActions';
import type { SendToSponsors } from './documents/sponsorCommand';
import { registerUnknownActions } from './unknownActions';
import { registerMessageAction } from './notebooks/messageAction';
import { rosterEvents } from './community/rosterEvents';
import { registerWelcomeActions } from './community/welcomeActions';
import { registerSelfReviewActions } from './selfReview/selfReviewActions';
import type { TeamRoster } from '@elan/core/community/roster';

export interface AgentOptions extends PollActionDeps {
  /** Where the tab lives, for the welcome card's link. */
  tabUrl: string;
  /** The adapter that receives activities and sends replies. */
  adapter: CloudAdapter;
  announcer: Announcer;
  /** Replaces the channel's copies of ritual cards (the capture card once links are saved). */
  ritualPoster?: ChannelPoster;
  /** Reads team and chat rosters through the Bot Connector: members come from Teams. */
  roster: TeamRoster;
  /** Document delivery: kept files for file consent uploads, and sending to sponsors ("send charter"). */
  documents?: { files: ConsentedFiles; send: SendToSponsors; allowInsecureUploads: boolean };
  /** Where the answer to a card submitted in a channel or group chat goes: the person's personal chat. */
  personalChats?: PersonalChats;
  outbound?: OutboundSender;
}

/** Builds Élan's agent: what the bot says and does in channels, group chats and personal chats. */
export function createAgent({
  tabUrl,
  adapter,
  stores,
  now,
  announcer,
  ritualPoster,
  documents,
  personalChats,
  outbound,
  links,
  roster,
}: AgentOptions): AgentApplication<TurnState> {
  const agent = new AgentApplication<TurnState>({ adapter, startTypingTimer: false });
  const cards = new CardActions(agent, { chats: personalChats, sender: outbound, now });

  /** Keeps the conversation reference fresh (service URLs can change) so the bot can post later. */
  const remember = async (context: TurnContext) => {
    const ref = conversationRefOf(context, now());
    if (ref) await rememberConversation({ stores, ref });
  };
  const forget = async (context: TurnContext) => {
    const tenantId =
      context.activity.conversation?.tenantId ?? (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (tenantId && context.activity.conversation?.id)
      await forgetConversation({ stores, tenantId, conversationId: context.activity.conversation.id, now: now() });
  };
  const welcome = (context: TurnContext) => context.sendActivity(cardReply(welcomeCard(tabUrl)));
  // Newcomers are welcomed through the same personal send as reminders (a 1:1 opened through the channel if need be).
  const welcomeSend: RemindPerson | undefined =
    personalChats && outbound
      ? (tenantId, communityId, userId, card) =>
          sendPersonal(stores, outbound, personalChats, { tenantId, communityId }, userId, card, links)
      : undefined;
  const members = rosterEvents({ stores, roster, now, welcome: welcomeSend });

  // Teams sends both installationUpdate and conversationUpdate on install: greet on the first only, so once.
  agent.onActivity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === 'add') {
      await remember(context);
      await members.installed(context);
      await welcome(context);
    } else if (context.activity.action === 'remove') {
      await forget(context);
    }
  });
  agent.onConversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((m) => m.id === botId)) await remember(context);
    await members.joined(context);
  });
  agent.onConversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersRemoved?.some((m) => m.id === botId)) await forget(context);
    await members.left(context);
  });
  agent.onActivity(ActivityTypes.Message, async (context, state) => {
    // A card's Action.Submit fallback (clients without Universal Actions): the same handler as the invoke.
    if (CardActions.isSubmit(context)) return cards.submit(context, state);
    await remember(context);
    await context.sendActivity(
      cardReply(await answerChat(context, { stores, tabUrl, now, announcer, newId: randomUUID }, documents?.send)),
    );
  });
  registerPollActions(cards, { stores, now, links, announcer, roster });
  registerSurveyActions(cards, { stores, now, links, newId: randomUUID, announcer, roster });
  registerCompassActions(cards, { stores, links, roster });
  registerLinkActions(cards, { stores, now, newId: randomUUID, tabUrl, roster });
  registerRitualActions(cards, { stores, now, links, roster, ...(ritualPoster ? { ritualPoster } : {}) });
  registerMessageAction(agent, { stores, now, roster });
  registerWelcomeActions(cards, { stores });
  registerSelfReviewActions(cards, { stores, now, newId: randomUUID, announcer, links });
  if (documents) registerFileConsent(agent, { files: documents.files, allowInsecureUploads: documents.allowInsecureUploads });
  // Keep last: it answers every verb the registrations above did not claim.
  registerUnknownActions(agent);
  return agent;
}
