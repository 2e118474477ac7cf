import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { helpCard, linesCard, nextMeetingCard, openPollsCard, statusCard } from '@elan/core/chat/chatReplyCards';
import { welcomeCard } from '@elan/core/conversations/welcomeCard';
import { parseChatCommand } from '@elan/core/chat/chatCommand';
import { describeCommunity } from '@elan/core/community/readCommunity';
import type { Principal } from '@elan/core/community/community';
import { type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import { tallyPoll } from '@elan/core/polls/pollTally';
import type { Stores } from '@elan/core/stores';
import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { sendCharterFromChat, type SendToSponsors } from '../documents/sponsorCommand';

/** The community a chat is about: the channel's linked one, or in a personal chat the person's first community. */
async function communityOfChat(context: TurnContext, stores: Stores): Promise<(Principal & { communityId: string }) | undefined> {
  const a = context.activity;
  const tenantId = a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  const userId = a.from?.aadObjectId ?? a.from?.id;
  if (!tenantId || !userId || !a.conversation?.id) return undefined;
  const who = { tenantId, userId, name: a.from?.name ?? '' };
  const ref = await stores.conversations.get(tenantId, a.conversation.id);
  if (ref?.communityId) return { ...who, communityId: ref.communityId };
  if (a.conversation.conversationType === 'personal' || !a.conversation.conversationType) {
    const mine = await stores.communities.listOfUser(tenantId, userId);
    if (mine[0]) return { ...who, communityId: mine[0].id };
  }
  return undefined;
}

/** Answers a chat message: a command, a greeting (welcome card) or a helpful reply — never silence. */
export async function answerChat(
  context: TurnContext,
  stores: Stores,
  tabUrl: string,
  sendToSponsors?: SendToSponsors,
): Promise<AdaptiveCard> {
  const command = parseChatCommand(context.activity.text);
  const locale: Locale = pickLocale(context.activity.locale);
  if (command === 'greeting') return welcomeCard(tabUrl);
  if (command === 'help') return helpCard(locale);
  if (command === 'unknown') return helpCard(locale, (context.activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, '').trim());
  const chat = await communityOfChat(context, stores);
  if (!chat) return linesCard([translate(locale, 'bot.noCommunity')]);
  const { tenantId, communityId } = chat;
  switch (command) {
    case 'status': {
      // Progress is shared with everyone in the community's own channel or with its members in a personal chat.
      const community = await stores.communities.get(tenantId, communityId);
      if (!community) return linesCard([translate(locale, 'bot.noCommunity')]);
      return statusCard(await describeCommunity(stores, community, 'member'), locale);
    }
    case 'nextMeeting': {
      const rituals = ((await stores.workshops.get(tenantId, communityId, 3))?.data ?? {}) as RitualsDraft;
      return nextMeetingCard(rituals, locale);
    }
    case 'openPolls': {
      const open = (await stores.polls.list(tenantId, communityId)).filter((p) => p.status === 'open');
      const withCounts = await Promise.all(
        open.map(async (poll) => ({ poll, tally: tallyPoll(poll, await stores.polls.listBallots(poll, { maxAgeMs: 5000 })) })),
      );
      return openPollsCard(withCounts, locale);
    }
    case 'charter':
      return linesCard([translate(locale, 'bot.charter.body')]);
    case 'sendCharter':
      return sendCharterFromChat(context, chat, sendToSponsors, locale);
  }
}
