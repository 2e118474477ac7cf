import { pollCard } from '@elan/core/cards/pollCard';
import { type ClosedPoll, closePoll } from '@elan/core/commands/polls';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { Stores } from '@elan/core/ports/stores';
import type { Announcer } from './announcements';

/** Replaces the channel copies of a closed poll's card with its outcome, in the community's language. */
export async function announcePollClosed(stores: Stores, announcer: Announcer, closed: ClosedPoll): Promise<void> {
  const { poll, tally, outcome, decision } = closed;
  const language = await languageOfCommunity(stores, poll.tenantId, poll.communityId);
  await announcer.pollClosed(poll, (links) =>
    pollCard({ poll, tally, locale: language, outcome: { ...outcome, decisionNumber: decision.number }, links }),
  );
}

/**
 * Runs after the member has their answer (a card action must answer within 2 s): closes the poll when
 * `close` is set, then updates the channel's copies. A failure is logged; the poll timer closes a poll
 * everyone voted on at its next run, and card refreshes show the outcome meanwhile.
 */
export function afterAnswering(
  deps: { stores: Stores; now: () => string; announcer?: Announcer },
  target: { tenantId: string; communityId: string; pollId: string },
  closed?: ClosedPoll,
): void {
  const closing = closed
    ? Promise.resolve(closed)
    : closePoll({
        stores: deps.stores,
        tenantId: target.tenantId,
        communityId: target.communityId,
        pollId: target.pollId,
        now: deps.now(),
      });
  void closing
    .then((done) => (deps.announcer ? announcePollClosed(deps.stores, deps.announcer, done) : undefined))
    .catch((error: unknown) => console.error('closing or announcing poll failed', target.pollId, error));
}
