import type { Stores } from '../stores';
import type { Poll } from './poll';

/** Where a poll's card was posted: the conversation and the message, to replace it when the poll closes. */
export type PollPost = NonNullable<Poll['posts']>[number];

const attempts = 5;

export interface RecordPollPostsProps {
  stores: Stores;
  poll: Poll;
  /** The posts that just went out. */
  posts: readonly PollPost[];
}

/** Adds the channel posts of a poll's card to the poll, so closing it can replace them; a poll gone meanwhile is left alone. */
export async function recordPollPosts({ stores, poll, posts }: RecordPollPostsProps): Promise<void> {
  if (!posts.length) return;
  // Only this code writes `posts`; votes never touch the poll row, so a short retry loop is enough.
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await stores.polls.get(poll.tenantId, poll.communityId, poll.id);
    if (!found || (await stores.polls.update({ ...found.poll, posts: [...(found.poll.posts ?? []), ...posts] }, found.etag))) return;
  }
}
