import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import type { DecisionRecord } from '../decisions/decision';
import { DomainError, ForbiddenError } from '../errors';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import { adviceVerdict } from './adviceVerdict';
import type { Poll } from './poll';
import { loadPoll, type PollState } from './pollCommands';
import { type Outcome, pollOutcome, type Tally, tallyPoll } from './pollTally';

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
  /** An advice process's closing body: the proposer's decision and rationale (adviceVerdictInput). */
  verdict?: unknown;
}

/** Summarises an outcome in words for the decision log, in the community's language order (labels as typed). */
function resultSummary(poll: Poll, outcome: Outcome, tally: Tally): string {
  if (poll.verdict) return poll.verdict.rationale;
  if (outcome.winners.length) return outcome.winners.map((id) => poll.options.find((o) => o.id === id)?.label ?? id).join(' / ');
  if (tally.mean !== null) return tally.mean.toFixed(1);
  return outcome.outcome;
}

/**
 * Closes a poll, checks quorum, and records the decision in the log. Closing twice is harmless:
 * the second call returns the decision already recorded.
 */
export async function closePoll(props: ClosePollProps): Promise<ClosedPoll> {
  const { stores, principal, tenantId, communityId, pollId, now, pause } = props;
  const role = principal ? (await authorize(stores, principal, communityId, 'poll.read')).membership.role : undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { poll, etag } = await loadPoll(stores, tenantId, communityId, pollId);
    if (principal && poll.method !== 'advice' && !can(role, 'poll.close')) throw new ForbiddenError();
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
    const verdict = poll.method === 'advice' ? adviceVerdict(poll, principal, role, props.verdict) : undefined;
    const closing: Poll = { ...poll, status: 'closed', closedAt: now, ...(verdict ? { verdict } : {}) };
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
