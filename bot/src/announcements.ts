import type { AdaptiveCard } from '@elan/core/cards/adaptiveCard';
import { reminderCard } from '@elan/core/cards/reminderCard';
import type { Poll } from '@elan/core/polls/poll';
import type { Stores } from '@elan/core/ports/stores';
import { cardReply } from './cardReply';
import type { OutboundSender } from './outbound/sender';

/** Posts what happens in Élan to the community's linked channels. */
export interface Announcer {
  /** Posts a new poll's card to every linked channel and remembers where, to replace it later. */
  pollOpened(poll: Poll, card: AdaptiveCard): Promise<number>;
  /** Replaces the posted cards with the closed card. */
  pollClosed(poll: Poll, card: AdaptiveCard): Promise<void>;
}

/** Builds the announcer on the shared sender. Failures are logged, never thrown at the member's action. */
export function createAnnouncer(stores: Stores, sender: OutboundSender): Announcer {
  return {
    async pollOpened(poll, card) {
      const refs = await stores.conversations.linkedTo(poll.tenantId, poll.communityId);
      const posts: { conversationId: string; activityId: string }[] = [];
      for (const ref of refs.filter((r) => r.conversationType !== 'personal')) {
        try {
          const activityId = await sender.send(ref, cardReply(card));
          if (activityId) posts.push({ conversationId: ref.conversationId, activityId });
        } catch (error) {
          console.error('posting a poll card failed', ref.conversationId, error);
        }
      }
      if (posts.length) {
        // Only this code writes `posts`; votes never touch the poll row, so a short retry loop is enough.
        for (let attempt = 0; attempt < 5; attempt++) {
          const found = await stores.polls.get(poll.tenantId, poll.communityId, poll.id);
          if (!found || (await stores.polls.update({ ...found.poll, posts: [...(found.poll.posts ?? []), ...posts] }, found.etag))) break;
        }
      }
      return posts.length;
    },
    async pollClosed(poll, card) {
      for (const post of poll.posts ?? []) {
        const ref = await stores.conversations.get(poll.tenantId, post.conversationId);
        if (!ref?.active) continue;
        try {
          await sender.update(ref, post.activityId, cardReply(card));
        } catch (error) {
          console.error('updating a poll card failed', post.conversationId, error);
        }
      }
    },
  };
}

/** Sends a personal reminder about a poll to one member, if the bot has a personal chat with them. */
export async function remindMember(stores: Stores, sender: OutboundSender, poll: Poll, userId: string): Promise<boolean> {
  const ref = await stores.conversations.personal(poll.tenantId, userId);
  if (!ref) return false;
  const community = await stores.communities.get(poll.tenantId, poll.communityId);
  await sender.send(ref, cardReply(reminderCard(poll, community?.language ?? 'fr')));
  return true;
}
