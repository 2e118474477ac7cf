import { assertNotArchived } from '../community/lifecycle';
import { refreshAudience } from '../adaptiveCards/executeAction';
import type { Principal, Role } from '../community/community';
import { NotFoundError, ValidationError } from '../errors';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import type { Voter } from './pollStore';
import { type Ballot, type BallotProblem, ballotFromCard, eligibleVoters } from './ballot';
import { mayDecideAdvice } from './adviceVerdict';
import { createPollInput, type Poll } from './poll';
import { pollSettings } from './pollSettings';
import { type Tally, tallyPoll } from './pollTally';
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
  const { membership, community } = await authorize(stores, principal, communityId, 'community.read');
  assertNotArchived(community);
  const data = parseInput(createPollInput, input);
  const rules = ((await stores.workshops.get(principal.tenantId, communityId, 4))?.data ?? {}) as DecisionsDraft;
  const settings = pollSettings(data, rules, membership.role);
  const members = await stores.communities.listMembers(principal.tenantId, communityId);
  const consulted = consultedMembers(data.consulted, members);
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
    ...(consulted ? { consulted } : {}),
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

/** The members asked for advice by name, from their ids (an id not in the community is refused, per field). */
function consultedMembers(ids: readonly string[] | undefined, members: readonly { userId: string; name: string }[]) {
  if (!ids) return undefined;
  const byId = new Map(members.map((m) => [m.userId, m]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length)
    throw new ValidationError([
      { code: 'custom', path: ['consulted'], message: 'unknown member', input: unknown, params: { key: 'validation.unknownMember' } },
    ]);
  return [...new Set(ids)].map((id) => ({ userId: id, name: byId.get(id)!.name }));
}

/** A poll or 404; `maxAgeMs` lets a card action reuse a read that recent. */
export async function loadPoll(stores: Stores, tenantId: string, communityId: string, pollId: string, maxAgeMs?: number) {
  const found = await stores.polls.get(tenantId, communityId, pollId, maxAgeMs ? { maxAgeMs } : undefined);
  if (!found) throw new NotFoundError();
  return found;
}

/** Reads a poll and its counts, with what this reader may see and do now. */
export async function readPoll(stores: Stores, principal: Principal, communityId: string, pollId: string): Promise<PollState & PollReader> {
  const { membership } = await authorize(stores, principal, communityId, 'poll.read');
  const { poll } = await loadPoll(stores, principal.tenantId, communityId, pollId);
  const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
  return { poll, tally, ...pollReader(poll, principal, membership.role) };
}

/** What one reader of a poll may see and do: its hidden counts, and deciding an advice process. */
export interface PollReader {
  resultsVisible: boolean;
  mayDecide: boolean;
}

/** The reader's view of a poll: counts hidden until close stay hidden from members. */
export function pollReader(poll: Poll, principal: Principal, role: Role | undefined): PollReader {
  return {
    resultsVisible: poll.status === 'closed' || !poll.hideResultsUntilClose || can(role, 'poll.seeHiddenResults'),
    mayDecide: poll.method === 'advice' && poll.status === 'open' && mayDecideAdvice(poll, principal.userId, role),
  };
}

/** Every poll of a community with its counts, newest first; hidden results stay hidden from members. */
export async function listPolls(stores: Stores, principal: Principal, communityId: string): Promise<(PollState & PollReader)[]> {
  const { membership } = await authorize(stores, principal, communityId, 'poll.read');
  const polls = await stores.polls.list(principal.tenantId, communityId);
  const states = await Promise.all(
    polls.map(async (poll) => {
      const tally = tallyPoll(poll, await stores.polls.listBallots(poll));
      return { poll, tally, ...pollReader(poll, principal, membership.role) };
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
    // An advice process is closed by its proposer's decision, recorded in the tab, not by a card button.
    canClose: poll.status === 'open' && poll.method !== 'advice' && can(role, 'poll.close'),
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
  const named: Ballot = parsed.ballot.method === 'advice' ? { ...parsed.ballot, by: who } : parsed.ballot;
  const ballot: Ballot = late ? { ...named, late } : named;
  // The shared read behind the card's counts starts beside the batch, not after it (in a burst both wait
  // their turn at the storage account); the store applies this instance's votes to it once stored.
  void stores.polls.listBallots(poll, { maxAgeMs: cardCountsMaxAgeMs }).catch(() => undefined);
  if ((await stores.polls.putBallot(poll, who, ballot)) === 'closed') return closedView();
  const { eligibleVoted, ...view } = await voterView(stores, poll, voter, membership.role, ballot);
  // From shared counts (this instance's votes always in them); a miss is caught by the poll timer.
  // An advice process waits for its proposer however many gave advice.
  const allVoted = poll.method !== 'advice' && eligibleVoted >= poll.eligible;
  return { ...view, notice: { key: 'poll.recorded', tone: 'good' }, ...(allVoted ? { allVoted } : {}) };
}
