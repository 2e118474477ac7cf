import { type CardFor, type TabAddress, tabLinksFor } from '@elan/core/adaptiveCards/tabLinks';
import { activeConversation, linkedChannels } from '@elan/core/conversations/linkedChannels';
import type { Stores } from '@elan/core/stores';
import { cardReply } from '../cardReply';
import type { OutboundSender } from '../outbound/sender';

/** Where a card was posted, so it can be replaced later. */
export interface ChannelPost {
  conversationId: string;
  activityId: string;
}

/**
 * Posts cards (polls, surveys, rituals) to a community's linked channels, and replaces them later. Each card
 * is built for the conversation it goes to, with that place's links to the tab (the channel's own tab).
 */
export interface ChannelPoster {
  /** Posts a card to every active linked channel or group chat; the posts that went out. */
  post(tenantId: string, communityId: string, card: CardFor): Promise<ChannelPost[]>;
  /** Replaces earlier posts of a card (a closed poll or survey, a filled capture card). Failures are logged, not thrown. */
  replace(tenantId: string, posts: readonly ChannelPost[], card: CardFor): Promise<void>;
}

/** Builds the channel poster on the shared outbound sender (rate limits and retries included). */
export function createChannelPoster(stores: Stores, sender: OutboundSender, tab: TabAddress): ChannelPoster {
  return {
    async post(tenantId, communityId, card) {
      const posts: ChannelPost[] = [];
      for (const ref of await linkedChannels({ stores, tenantId, communityId })) {
        try {
          const activityId = await sender.send(ref, cardReply(card(tabLinksFor(tab, ref))));
          if (activityId) posts.push({ conversationId: ref.conversationId, activityId });
        } catch (error) {
          console.error('posting a card failed', ref.conversationId, error);
        }
      }
      return posts;
    },
    async replace(tenantId, posts, card) {
      for (const post of posts) {
        const ref = await activeConversation({ stores, tenantId, conversationId: post.conversationId });
        if (!ref) continue;
        try {
          await sender.update(ref, post.activityId, cardReply(card(tabLinksFor(tab, ref))));
        } catch (error) {
          console.error('updating a card failed', post.conversationId, error);
        }
      }
    },
  };
}
