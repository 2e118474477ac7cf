import { recordCardPosts } from '../adaptiveCards/recordCardPosts';
import type { Stores } from '../stores';
import type { Poll } from './poll';

/** Where a poll's card was posted: the conversation and the message, to replace it when the poll closes. */
export type PollPost = NonNullable<Poll['posts']>[number];

export interface RecordPollPostsProps {
  stores: Stores;
  poll: Poll;
  /** The posts that just went out. */
  posts: readonly PollPost[];
}

/** Adds the channel posts of a poll's card to the poll, so closing it can replace them; a poll gone meanwhile is left alone. */
export async function recordPollPosts({ stores, poll, posts }: RecordPollPostsProps): Promise<void> {
  await recordCardPosts(
    {
      load: async () => {
        const found = await stores.polls.get(poll.tenantId, poll.communityId, poll.id);
        return found && { record: found.poll, etag: found.etag };
      },
      save: (record, etag) => stores.polls.update(record, etag),
    },
    posts,
  );
}
