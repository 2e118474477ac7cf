import { refreshAudience } from '../adaptiveCards/executeAction';
import type { Principal, Role } from '../community/community';
import type { DecisionRecord } from '../decisions/decision';
import { DomainError, NotFoundError } from '../errors';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import type { Voter } from './pollStore';
import { type Ballot, type BallotProblem, ballotFromCard, eligibleVoters } from './ballot';
import { createPollInput, type Poll } from './poll';
import { pollSettings } from './pollSettings';
import { type Outcome, pollOutcome, type Tally, tallyPoll } from './pollTally';
import { parseInput } from '../validation/parseInput';
import type { DecisionsDraft } from '../workshops/decisions';
import type { WorkshopNumber } from '../workshops/registry';
import { authorize, authorizeMember } from '../community/access';

const dayMs = 24 * 3600 * 1000;

/** A poll with its live counts. */
export interface PollState {
  poll: Poll;
  tally: Tally;
}

export interface CreatePollProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  input: unknown;
  id: string;
  now: string;
}

/** Opens a decision poll; settings left out come from the community's decision rules (workshop 4). */
export async function createPoll({ stores, principal, communityId, input, id, now }: CreatePollProps): Promise<PollState> {
  // Who may open it depends on its decision type (the matrix's "who decides"): pollSettings says.
  const { membership } = await authorize(stores, principal, communityId, 'community.read');
  const data = parseInput(createPollInput, input);
  const rules = ((await stores.workshops.get(principal.tenantId, communityId, 4))?.data ?? {}) as DecisionsDraft;
  const settings = pollSettings(data, rules, membership.role);
  const members = await stores.communities.listMembers(principal.tenantId, communityId);
  const workshop = data.workshop ? await stores.workshops.get(principal.tenantId, communityId, data.workshop as WorkshopNumber) : undefined;
  const poll: Poll = {
    id,
    tenantId: principal.tenantId,
    communityId,
    question: data.question,
    details: data.details ?? null,
    method: settings.method,
    options: (data.options ?? []).map((label, i) => ({ id: `o${i + 1}`, label })),
    dots: settings.method === 'dots' ? settings.dots : 0,
    quorumPct: settings.quorumPct,
    anonymous: settings.anonymous,
    hideResultsUntilClose: settings.hideResultsUntilClose,
    reminderHoursBeforeClose: settings.reminderHoursBeforeClose,
    decisionType: settings.decisionType,
    abstention: settings.abstention,
    objectionRule: settings.objectionRule,
    subject: data.subject ?? null,
    workshop: workshop?.n ?? null,
    workshopVersion: workshop?.version ?? null,
    eligible: members.filter((m) => can(m.role, 'poll.vote')).length,
    status: 'open',
    createdAt: now,
    createdBy: { userId: principal.userId, name: principal.name },
    closesAt: new Date(Date.parse(now) + settings.votingDays * dayMs).toISOString(),
    closedAt: null,
    decisionNumber: null,
    facilitatorIds: refreshAudience(members),
  };
  await stores.polls.create(poll);
  return { poll, tally: tallyPoll(poll, []) };
}

async function loadPoll(stores: Stores, tenantId: string, communityId: string, pollId: string, maxAgeMs?: number) {
  const found = await stores.polls.get(tenantId, communityId, pollId, maxAgeMs ? { maxAgeMs } : undefined);
  if (!found) throw new NotFoundError();
  return found;
}

/** Reads a poll and its counts; `resultsVisible` says whether this reader may see the counts now. */
export async function readPoll(
  stores: Stores,
  principal: Principal,
  communityId: string,
  pollId: string,
): Promise<PollState & { resultsVisible: boolean }> {
  const { membership } = await authorize(stores, principal, communityId, 'poll.read');
  const { poll } = await loadPoll(stores, principal.tenantId, communityId, pollId);
  const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
  const resultsVisible = poll.status === 'closed' || !poll.hideResultsUntilClose || can(membership.role, 'poll.seeHiddenResults');
  return { poll, tally, resultsVisible };
}

/** Every poll of a community with its counts, newest first; hidden results stay hidden from members. */
export async function listPolls(
  stores: Stores,
  principal: Principal,
  communityId: string,
): Promise<(PollState & { resultsVisible: boolean })[]> {
  const { membership } = await authorize(stores, principal, communityId, 'poll.read');
  const polls = await stores.polls.list(principal.tenantId, communityId);
  const states = await Promise.all(
    polls.map(async (poll) => {
      const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
      const resultsVisible = poll.status === 'closed' || !poll.hideResultsUntilClose || can(membership.role, 'poll.seeHiddenResults');
      return { poll, tally, resultsVisible };
    }),
  );
  return states.reverse();
}

/** What a voter sees after acting on a poll card. */
export interface VoterView extends PollState {
  mine: Ballot | null;
  canClose: boolean;
  /** Set on the vote that makes every eligible member a voter: the poll should close now. */
  allVoted?: boolean;
  notice?: { key: BallotProblem | 'poll.recorded' | 'poll.error.closed'; tone: 'good' | 'attention' };
}

// Card views may show counts up to this old; many members voting at once then share one read.
const cardCountsMaxAgeMs = 1000;
// A role change reaches card actions within this delay.
const membershipMaxAgeMs = 5000;
// A vote may start from a poll read this recently: the store refuses ballots once closing began.
const voteMaxAgeMs = 1000;

/** Builds a voter's view once they are known to be allowed to read the poll. */
async function voterView(
  stores: Stores,
  poll: Poll,
  voter: Principal,
  role: Role,
  mine?: Ballot,
): Promise<VoterView & { eligibleVoted: number }> {
  const [ballots, stored] = await Promise.all([
    stores.polls.listBallots(poll, { maxAgeMs: cardCountsMaxAgeMs }),
    mine ? Promise.resolve(mine) : stores.polls.getBallot(poll, voter),
  ]);
  return {
    poll,
    tally: tallyPoll(poll, ballots),
    mine: stored ?? null,
    canClose: poll.status === 'open' && can(role, 'poll.close'),
    eligibleVoted: eligibleVoters(ballots),
  };
}

/** The voter's own view of a poll (user-specific card refresh). */
export async function viewPollAsVoter(stores: Stores, voter: Principal, communityId: string, pollId: string): Promise<VoterView> {
  const [membership, { poll }] = await Promise.all([
    authorizeMember(stores, voter, communityId, 'poll.read', membershipMaxAgeMs),
    loadPoll(stores, voter.tenantId, communityId, pollId),
  ]);
  return voterView(stores, poll, voter, membership.role);
}

export interface CastVoteProps {
  stores: Stores;
  voter: Principal;
  communityId: string;
  pollId: string;
  /** The card's inputs and the clicked action's data. */
  cardData: Record<string, unknown>;
  now: string;
}

/**
 * Records (or changes) a member's vote from a card. Storing replaces the voter's single row, so a
 * retried or double-clicked invoke counts once. A problem with the inputs changes nothing.
 */
export async function castVote({ stores, voter, communityId, pollId, cardData, now }: CastVoteProps): Promise<VoterView> {
  // Membership and the poll from a moment ago are good enough to vote: what a vote needs of the poll
  // (options, method, deadline) never changes, and the store refuses the ballot once closing began.
  const [membership, { poll }] = await Promise.all([
    authorizeMember(stores, voter, communityId, 'poll.vote', membershipMaxAgeMs),
    loadPoll(stores, voter.tenantId, communityId, pollId, voteMaxAgeMs),
  ]);
  const closedView = async () => {
    const latest = poll.status === 'closed' ? poll : (await loadPoll(stores, voter.tenantId, communityId, pollId)).poll;
    const view = await voterView(stores, latest, voter, membership.role);
    return { ...view, notice: { key: 'poll.error.closed', tone: 'attention' } } as const;
  };
  if (poll.status === 'closed' || Date.parse(now) >= Date.parse(poll.closesAt)) return closedView();
  const parsed = ballotFromCard(poll, cardData);
  if ('problem' in parsed) {
    const view = await voterView(stores, poll, voter, membership.role);
    return { ...view, notice: { key: parsed.problem, tone: 'attention' } };
  }
  const who: Voter = { userId: voter.userId, name: voter.name };
  // Someone who joined since the poll opened votes too, but is not among the eligible people counted at opening.
  const late = membership.joinedAt !== undefined && membership.joinedAt > poll.createdAt;
  const ballot: Ballot = late ? { ...parsed.ballot, late } : parsed.ballot;
  if ((await stores.polls.putBallot(poll, who, ballot)) === 'closed') return closedView();
  const { eligibleVoted, ...view } = await voterView(stores, poll, voter, membership.role, ballot);
  // From shared counts (this instance's votes always in them); a miss is caught by the poll timer.
  const allVoted = eligibleVoted >= poll.eligible;
  return { ...view, notice: { key: 'poll.recorded', tone: 'good' }, ...(allVoted ? { allVoted } : {}) };
}

/** A closed poll, its final counts, what it decided and the log entry. */
export interface ClosedPoll extends PollState {
  outcome: Outcome;
  decision: DecisionRecord;
}

export interface ClosePollProps {
  stores: Stores;
  /** The facilitator closing it; undefined when the deadline timer closes it. */
  principal?: Principal;
  tenantId: string;
  communityId: string;
  pollId: string;
  now: string;
  /**
   * Waits a moment (the host's timer) when another close is recording the decision right now, to return
   * that decision; without it, such a close answers 409 and the caller tries again later (the timer does).
   */
  pause?: (ms: number) => Promise<void>;
}

/** Summarises an outcome in words for the decision log, in the community's language order (labels as typed). */
function resultSummary(poll: Poll, outcome: Outcome, tally: Tally): string {
  if (outcome.winners.length) return outcome.winners.map((id) => poll.options.find((o) => o.id === id)?.label ?? id).join(' / ');
  if (tally.mean !== null) return tally.mean.toFixed(1);
  return outcome.outcome;
}

/**
 * Closes a poll, checks quorum, and records the decision in the log. Closing twice is harmless:
 * the second call returns the decision already recorded.
 */
export async function closePoll({ stores, principal, tenantId, communityId, pollId, now, pause }: ClosePollProps): Promise<ClosedPoll> {
  if (principal) await authorize(stores, principal, communityId, 'poll.close');
  for (let attempt = 0; attempt < 5; attempt++) {
    const { poll, etag } = await loadPoll(stores, tenantId, communityId, pollId);
    if (poll.status === 'closed') {
      const recorded = (await stores.decisions.list(tenantId, communityId)).find((d) => d.pollId === poll.id);
      if (recorded) {
        const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
        return { poll: { ...poll, decisionNumber: recorded.number }, tally, outcome: pollOutcome(poll, tally), decision: recorded };
      }
      // Another close is recording the decision right now (wait for it); a close that died half-way is finished here.
      if (Date.parse(now) - Date.parse(poll.closedAt ?? now) < staleCloseMs) {
        if (!pause) throw new DomainError('error.conflict', 409);
        await pause(100 * (attempt + 1));
        continue;
      }
      return recordDecision(stores, poll, etag, now);
    }
    // Claim the close first; only the caller whose update wins records the decision.
    const closing: Poll = { ...poll, status: 'closed', closedAt: now };
    if (!(await stores.polls.update(closing, etag))) continue;
    const latest = await loadPoll(stores, tenantId, communityId, pollId);
    return recordDecision(stores, latest.poll, latest.etag, now);
  }
  throw new DomainError('error.conflict', 409);
}

const staleCloseMs = 30_000;

/** Tallies a poll that is closed, appends its decision to the log and stores the decision number on the poll. */
async function recordDecision(stores: Stores, poll: Poll, etag: string, now: string): Promise<ClosedPoll> {
  // No ballot can land after this, so the tally below is final (also when finishing a close that died).
  await stores.polls.closeBallots(poll);
  const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
  const outcome = pollOutcome(poll, tally);
  const decision = await stores.decisions.append(poll.tenantId, poll.communityId, {
    pollId: poll.id,
    question: poll.question,
    method: poll.method,
    quorumPct: poll.quorumPct,
    quorumMet: tally.quorumMet,
    voters: tally.voters,
    eligible: poll.eligible,
    counts: tally.counts,
    outcome: outcome.outcome,
    result: resultSummary(poll, outcome, tally),
    subject: poll.subject,
    workshop: poll.workshop,
    workshopVersion: poll.workshopVersion,
    decisionType: poll.decisionType ?? null,
    decidedAt: now,
  });
  const recorded: Poll = { ...poll, decisionNumber: decision.number };
  // Best effort: the log entry is the source of truth; the number on the poll only saves a lookup.
  await stores.polls.update(recorded, etag);
  return { poll: recorded, tally, outcome, decision };
}

/** The decision log of a community, oldest first. */
export async function listDecisions(stores: Stores, principal: Principal, communityId: string): Promise<DecisionRecord[]> {
  await authorize(stores, principal, communityId, 'community.read');
  return stores.decisions.list(principal.tenantId, communityId);
}
