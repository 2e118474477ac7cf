import { reminderCard } from '@elan/core/rituals/reminderCard';
import { type CardFor, type TabAddress, tabLinksFor } from '@elan/core/adaptiveCards/tabLinks';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { Poll } from '@elan/core/polls/poll';
import { recordPollPosts } from '@elan/core/polls/pollPosts';
import { reminderRecipient } from '@elan/core/polls/pollReminders';
import type { Stores } from '@elan/core/stores';
import type { NotebookAnnouncement } from '@elan/core/notebooks/notebookCommands';
import { networkChannels } from '@elan/core/conversations/widerNetwork';
import type { Survey } from '@elan/core/surveys/survey';
import { recordSurveyPosts } from '@elan/core/surveys/surveyPosts';
import { cardReply } from '../cardReply';
import { createChannelPoster } from '../conversations/channelPoster';
import type { OutboundSender } from '../outbound/sender';
import type { PersonalChats } from '../conversations/personalChats';

/**
 * Posts what happens in Élan to the community's linked channels. Cards come as builders, given the links to
 * the tab of each channel they go to.
 */
export interface Announcer {
  /** Posts a new poll's card to every linked channel and remembers where, to replace it later. */
  pollOpened(poll: Poll, card: CardFor): Promise<number>;
  /** Replaces the posted cards with the closed card. */
  pollClosed(poll: Poll, card: CardFor): Promise<void>;
  /** Posts a new survey's card to every linked channel and remembers where. */
  surveyOpened(survey: Survey, card: CardFor): Promise<number>;
  /** Replaces the posted survey cards (closed, with results). */
  surveyClosed(survey: Survey, card: CardFor): Promise<void>;
  /** Posts news of the community (the closing ritual's card) to its linked channels; how many posts went out. */
  communityNews(tenantId: string, communityId: string, card: CardFor): Promise<number>;
  /** Posts an approved notebook's announcement to the linked channels and, when public, to the wider network. */
  notebookApproved(tenantId: string, communityId: string, cards: NotebookAnnouncement): Promise<{ channels: number; network: number }>;
}

/** Builds the announcer on the shared sender. Failures are logged, never thrown at the member's action. */
export function createAnnouncer(stores: Stores, sender: OutboundSender, tab: TabAddress): Announcer {
  const poster = createChannelPoster(stores, sender, tab);
  return {
    async pollOpened(poll, card) {
      const posts = await poster.post(poll.tenantId, poll.communityId, card);
      await recordPollPosts({ stores, poll, posts });
      return posts.length;
    },
    async pollClosed(poll, card) {
      await poster.replace(poll.tenantId, poll.posts ?? [], card);
    },
    async surveyOpened(survey, card) {
      const posts = await poster.post(survey.tenantId, survey.communityId, card);
      await recordSurveyPosts({ stores, survey, posts });
      return posts.length;
    },
    async surveyClosed(survey, card) {
      await poster.replace(survey.tenantId, survey.posts ?? [], card);
    },
    async communityNews(tenantId, communityId, card) {
      return (await poster.post(tenantId, communityId, card)).length;
    },
    async notebookApproved(tenantId, communityId, cards) {
      const channels = (await poster.post(tenantId, communityId, cards.channel)).length;
      let network = 0;
      if (cards.network)
        for (const ref of await networkChannels(stores, tenantId, communityId)) {
          try {
            if (await sender.send(ref, cardReply(cards.network(tabLinksFor(tab, ref))))) network += 1;
          } catch (error) {
            console.error('posting to the wider network failed', ref.conversationId, error);
          }
        }
      return { channels, network };
    },
  };
}

/**
 * Sends a card to one member in their personal chat with the bot, opened now through one of the community's
 * channels when they never wrote to it. False when Teams refuses.
 */
export async function sendPersonal(
  stores: Stores,
  sender: OutboundSender,
  chats: PersonalChats,
  about: { tenantId: string; communityId: string },
  userId: string,
  card: CardFor,
  tab?: TabAddress,
): Promise<boolean> {
  const { person, via } = await reminderRecipient({ stores, poll: about, userId });
  const ref = await chats.open(about.tenantId, person, via);
  if (!ref) return false;
  await sender.send(ref, cardReply(card(tab ? tabLinksFor(tab, via) : { tabUrl: '' })));
  return true;
}

/** Sends a personal reminder about a poll to one member, in the community's language. False when Teams refuses. */
export async function remindMember(
  stores: Stores,
  sender: OutboundSender,
  chats: PersonalChats,
  poll: Poll,
  userId: string,
  tab?: TabAddress,
): Promise<boolean> {
  const language = await languageOfCommunity(stores, poll.tenantId, poll.communityId);
  return sendPersonal(stores, sender, chats, poll, userId, (links) => reminderCard(poll, language, tab && links), tab);
}
