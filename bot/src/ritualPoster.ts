import type { AdaptiveCard } from '@elan/core/cards/adaptiveCard';
import type { RitualPost } from '@elan/core/rituals/meeting';
import type { Stores } from '@elan/core/ports/stores';
import { cardReply } from './cardReply';
import type { OutboundSender } from './outbound/sender';

/** Posts ritual cards to a community's linked channels, and replaces them later. */
export interface RitualPoster {
  /** Posts a card to every active linked channel or group chat; the posts that went out. */
  post(tenantId: string, communityId: string, card: AdaptiveCard): Promise<RitualPost[]>;
  /** Replaces earlier posts of a card (the capture card once links are saved). Failures are logged, not thrown. */
  replace(tenantId: string, posts: readonly RitualPost[], card: AdaptiveCard): Promise<void>;
}

/** Builds the ritual poster on the shared outbound sender (rate limits and retries included). */
export function createRitualPoster(stores: Stores, sender: OutboundSender): RitualPoster {
  return {
    async post(tenantId, communityId, card) {
      const posts: RitualPost[] = [];
      for (const ref of await stores.conversations.linkedTo(tenantId, communityId)) {
        if (ref.conversationType === 'personal') continue;
        try {
          const activityId = await sender.send(ref, cardReply(card));
          if (activityId) posts.push({ conversationId: ref.conversationId, activityId });
        } catch (error) {
          console.error('posting a ritual card failed', ref.conversationId, error);
        }
      }
      return posts;
    },
    async replace(tenantId, posts, card) {
      for (const post of posts) {
        const ref = await stores.conversations.get(tenantId, post.conversationId);
        if (!ref?.active) continue;
        try {
          await sender.update(ref, post.activityId, cardReply(card));
        } catch (error) {
          console.error('updating a ritual card failed', post.conversationId, error);
        }
      }
    },
  };
}
