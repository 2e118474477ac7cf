/** Where a card was posted: the conversation and the message, so it can be replaced later. */
export interface CardPost {
  conversationId: string;
  activityId: string;
}

const attempts = 5;

/** How to read a record that lists its card posts and to replace it under its ETag. */
export interface PostsRecord<R extends { posts?: CardPost[] }> {
  load(): Promise<{ record: R; etag: string } | undefined>;
  /** Replaces the record if `etag` is still current; false when someone changed it first. */
  save(record: R, etag: string): Promise<boolean>;
}

/**
 * Adds the posts that just went out to a poll's or survey's record, so closing it can replace them; a record
 * gone meanwhile is left alone. Only posting writes `posts` and votes or answers never touch the row, so a
 * short retry loop settles a race with a close.
 */
export async function recordCardPosts<R extends { posts?: CardPost[] }>(store: PostsRecord<R>, posts: readonly CardPost[]): Promise<void> {
  if (!posts.length) return;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await store.load();
    if (!found || (await store.save({ ...found.record, posts: [...(found.record.posts ?? []), ...posts] }, found.etag))) return;
  }
}
