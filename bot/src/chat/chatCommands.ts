import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { answerAboutCommunity, communityOfChat } from '@elan/core/chat/chatAnswers';
import { helpCard, linesCard } from '@elan/core/chat/chatReplyCards';
import { welcomeCard } from '@elan/core/conversations/welcomeCard';
import { parseChatCommand } from '@elan/core/chat/chatCommand';
import { parsePollCommand } from '@elan/core/chat/pollCommand';
import type { Principal } from '@elan/core/community/community';
import { type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import { sendCharterFromChat, type SendToSponsors } from '../documents/sponsorCommand';
import { openPollFromChat, type PollCommandDeps } from '../polls/pollCommand';

/** The community a chat message is about, read from the activity (see communityOfChat). */
async function communityOfMessage(context: TurnContext, stores: Stores): Promise<(Principal & { communityId: string }) | undefined> {
  const a = context.activity;
  const tenantId = a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  const userId = a.from?.aadObjectId ?? a.from?.id;
  if (!tenantId || !userId || !a.conversation?.id) return undefined;
  const personal = a.conversation.conversationType === 'personal' || !a.conversation.conversationType;
  return communityOfChat({ stores, who: { tenantId, userId, name: a.from?.name ?? '' }, conversationId: a.conversation.id, personal });
}

/** Answers a chat message: a command, a greeting (welcome card) or a helpful reply — never silence. */
export async function answerChat(
  context: TurnContext,
  { tabUrl, ...deps }: PollCommandDeps & { tabUrl: string },
  sendToSponsors?: SendToSponsors,
): Promise<AdaptiveCard> {
  const { stores, now } = deps;
  const pollRequest = parsePollCommand(context.activity.text);
  const command = pollRequest ? 'poll' : parseChatCommand(context.activity.text);
  const locale: Locale = pickLocale(context.activity.locale);
  if (command === 'greeting') return welcomeCard(tabUrl);
  if (command === 'help') return helpCard(locale);
  if (command === 'unknown') return helpCard(locale, (context.activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, '').trim());
  const chat = await communityOfMessage(context, stores);
  if (!chat) return linesCard([translate(locale, 'bot.noCommunity')]);
  if (command === 'sendCharter') return sendCharterFromChat(context, chat, sendToSponsors, locale);
  if (command === 'poll') return openPollFromChat(chat, pollRequest!, deps, locale);
  return answerAboutCommunity({ stores, tenantId: chat.tenantId, communityId: chat.communityId, command, locale, now: now() });
}
