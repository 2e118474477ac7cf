import { closedPollCard } from '@elan/core/polls/pollCard';
import { type ClosedPoll, type ClosePollProps, closePoll } from '@elan/core/polls/closePoll';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { Stores } from '@elan/core/stores';
import type { Announcer } from '../chat/announcements';

/** What closing a poll needs besides the command's own props: where its channel copies are replaced. */
export interface PollClosingDeps {
  stores: Stores;
  announcer?: Announcer | undefined;
}

/** Replaces the channel copies of a closed poll's card with its outcome, in the community's language. */
export async function announcePollClosed(stores: Stores, announcer: Announcer, closed: ClosedPoll): Promise<void> {
  const language = await languageOfCommunity(stores, closed.poll.tenantId, closed.poll.communityId);
  await announcer.pollClosed(closed.poll, (links) => closedPollCard(closed, language, links));
}

/**
 * The one way a poll closes, whoever closes it (a facilitator in the tab, the card's close button, the vote
 * that makes everyone eligible a voter; the deadline timer runs the same two steps through its effects):
 * `closePoll` checks quorum, records the outcome in the decision log and returns it, then the channel copies
 * are replaced with the outcome card. `announce: 'background'` answers as soon as the decision is recorded
 * (a card action must answer within 2 s); a failed announcement is logged, and card refreshes show the
 * outcome meanwhile.
 */
export async function closeAndAnnounce(
  deps: PollClosingDeps,
  props: Omit<ClosePollProps, 'stores'>,
  announce: 'await' | 'background' = 'await',
): Promise<ClosedPoll> {
  const closed = await closePoll({ ...props, stores: deps.stores });
  if (deps.announcer) {
    const announcing = announcePollClosed(deps.stores, deps.announcer, closed);
    if (announce === 'await') await announcing;
    else void announcing.catch((error: unknown) => console.error('announcing a closed poll failed', props.pollId, error));
  }
  return closed;
}

/**
 * After the vote that makes every eligible member a voter: closes the poll and announces it in the
 * background, once the member has their answer. A failure is logged; the poll timer closes a poll everyone
 * voted on at its next run.
 */
export function closeWhenAllVoted(
  deps: PollClosingDeps & { now: () => string },
  target: { tenantId: string; communityId: string; pollId: string },
): void {
  void closeAndAnnounce(deps, { ...target, now: deps.now() }, 'background').catch((error: unknown) =>
    console.error('closing a poll everyone voted on failed', target.pollId, error),
  );
}
