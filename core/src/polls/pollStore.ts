import type { Ballot } from './ballot';
import type { Poll } from './poll';

/** A person answering a poll. */
export interface Voter {
  userId: string;
  name: string;
}

/** Storage port for polls and their ballots (one row per voter). */
export interface PollStore {
  create(poll: Poll): Promise<void>;
  /** A poll; `maxAgeMs` lets a card action reuse a read that recent (never for closing or the API). */
  get(
    tenantId: string,
    communityId: string,
    pollId: string,
    opts?: { maxAgeMs?: number },
  ): Promise<{ poll: Poll; etag: string } | undefined>;
  list(tenantId: string, communityId: string): Promise<Poll[]>;
  /** Every open poll of every community (for the deadline and reminder timer). */
  listOpen(): Promise<Poll[]>;
  /**
   * Claims the one reminder a person gets for a poll; false if it was already claimed. Timer runs that
   * overlap (two instances) therefore send it once.
   */
  claimReminder(poll: Poll, userId: string): Promise<boolean>;
  /** Gives a claim back after a failed send, so a later run can try again. */
  releaseReminder(poll: Poll, userId: string): Promise<void>;
  /** Replaces the poll if `etag` is still current; false when someone changed it first. */
  update(poll: Poll, etag: string): Promise<boolean>;
  /**
   * Stores a voter's ballot, replacing any earlier one, so a retried or repeated vote counts once.
   * For anonymous polls the row must not say who the voter is. 'closed' (nothing stored) once
   * `closeBallots` has run, whatever poll state the caller holds.
   */
  putBallot(poll: Poll, voter: Voter, ballot: Ballot): Promise<'stored' | 'closed'>;
  /** Stops accepting ballots: once it resolves, every later `putBallot` answers 'closed'. Idempotent. */
  closeBallots(poll: Poll): Promise<void>;
  getBallot(poll: Poll, voter: Voter): Promise<Ballot | undefined>;
  /**
   * Every ballot of a poll. `maxAgeMs` lets a card view reuse a list read that recently (live counts
   * may lag by that much); decisions and the API always read fresh.
   */
  listBallots(poll: Poll, opts?: { maxAgeMs?: number }): Promise<Ballot[]>;
  /** Which of these people have voted (without saying what they chose). */
  votersAmong(poll: Poll, userIds: readonly string[]): Promise<Set<string>>;
}
