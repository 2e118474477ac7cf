import type { Stores } from '../stores';
import type { PollState } from './pollCommands';
import { tallyPoll } from './pollTally';

// A card may show counts this old: everyone refused at once shares one read.
const cardCountsMaxAgeMs = 1000;

export interface ReadPostedPollProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
  pollId: string;
}

/**
 * A poll as its posted card shows it, for someone refused an action on it (outside the community, or a
 * sponsor): the card is already in front of them, so nobody's role is checked. Undefined when the poll
 * cannot be found or read.
 */
export async function readPostedPoll({ stores, tenantId, communityId, pollId }: ReadPostedPollProps): Promise<PollState | undefined> {
  // A poll that cannot be read shows as gone: this answers a refusal, it must not fail in its turn.
  const found = await stores.polls.get(tenantId, communityId, pollId).catch(() => undefined);
  if (!found) return undefined;
  return { poll: found.poll, tally: tallyPoll(found.poll, await stores.polls.listBallots(found.poll, { maxAgeMs: cardCountsMaxAgeMs })) };
}
