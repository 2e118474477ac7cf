import { ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, type CloudAdapter, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { welcomeCard } from '@elan/core/cards/welcomeCard';
import { cardReply } from './cardReply';
import { type PollActionDeps, registerPollActions } from './pollActions';

export interface AgentOptions extends PollActionDeps {
  /** Where the tab lives, for the welcome card's link. */
  tabUrl: string;
  /** The adapter that receives activities and sends replies. */
  adapter: CloudAdapter;
}

/** Sends the bilingual welcome card. */
async function welcome(context: TurnContext, tabUrl: string): Promise<void> {
  await context.sendActivity(cardReply(welcomeCard(tabUrl)));
}

/** Builds Élan's agent: what the bot says and does in channels, group chats and personal chats. */
export function createAgent({ tabUrl, adapter, stores, now }: AgentOptions): AgentApplication<TurnState> {
  const agent = new AgentApplication<TurnState>({ adapter, startTypingTimer: false });

  // When the app is installed in a team or chat, greet once; members joining later are greeted by the team, not the bot.
  agent.onActivity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === 'add') await welcome(context, tabUrl);
  });
  agent.onConversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((m) => m.id === botId)) await welcome(context, tabUrl);
  });
  agent.onActivity(ActivityTypes.Message, async (context) => welcome(context, tabUrl));
  registerPollActions(agent, { stores, now });
  return agent;
}
