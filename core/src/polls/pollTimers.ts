import { eligibleVoters } from './ballot';
import { can } from '../policies/can';
import type { Poll } from './poll';
import type { Stores } from '../stores';
import { type ClosedPoll, closePoll } from './closePoll';

const hourMs = 3600 * 1000;

/** What the timer needs from the host besides storage: posting to channels and personal chats. */
export interface PollTimerEffects {
  /** Replaces the channel copies of a poll card once the deadline closed it. */
  closed(closed: ClosedPoll): Promise<void>;
  /** Sends one personal reminder; false when the person has no personal chat with the bot yet. */
  remind(poll: Poll, userId: string): Promise<boolean>;
  /** Reports a poll the run could not handle; the next run tries again. */
  failed(pollId: string, error: unknown): void;
}

/** What one timer run did, for logs and tests. */
export interface PollTimerReport {
  closed: string[];
  reminded: number;
}

/**
 * One run of the poll timer: closes polls whose deadline passed or that every eligible member voted on
 * (recording their decisions) and, inside the reminder window, reminds members who have not voted —
 * once each, even when runs overlap.
 */
export async function runPollTimers(stores: Stores, effects: PollTimerEffects, now: string): Promise<PollTimerReport> {
  const report: PollTimerReport = { closed: [], reminded: 0 };
  const at = Date.parse(now);
  for (const poll of await stores.polls.listOpen()) {
    try {
      // Votes close a poll everyone voted on at once; this catches one whose closing did not finish.
      const everyoneVoted = async () => eligibleVoters(await stores.polls.listBallots(poll)) >= poll.eligible;
      // An advice process waits for its proposer's decision: the deadline only ends the call for advice.
      const decidesAlone = poll.method !== 'advice';
      if (decidesAlone && (at >= Date.parse(poll.closesAt) || (await everyoneVoted()))) {
        const closed = await closePoll({ stores, tenantId: poll.tenantId, communityId: poll.communityId, pollId: poll.id, now });
        await effects.closed(closed);
        report.closed.push(poll.id);
        continue;
      }
      const hours = poll.reminderHoursBeforeClose ?? 0;
      if (hours <= 0 || at < Date.parse(poll.closesAt) - hours * hourMs) continue;
      // Past its deadline an advice process only waits for its proposer: nobody is asked any more.
      if (!decidesAlone && at >= Date.parse(poll.closesAt)) continue;
      // An advice process reminds the people asked by name, when there are some; other polls every voter.
      const asked = poll.method === 'advice' && poll.consulted?.length ? new Set(poll.consulted.map((c) => c.userId)) : undefined;
      const members = (await stores.communities.listMembers(poll.tenantId, poll.communityId)).filter(
        (m) => can(m.role, 'poll.vote') && (!asked || asked.has(m.userId)),
      );
      const voted = await stores.polls.votersAmong(
        poll,
        members.map((m) => m.userId),
      );
      for (const member of members.filter((m) => !voted.has(m.userId))) {
        if (!(await stores.polls.claimReminder(poll, member.userId))) continue;
        const sent = await effects.remind(poll, member.userId).catch(() => false);
        if (sent) report.reminded += 1;
        else await stores.polls.releaseReminder(poll, member.userId);
      }
    } catch (error) {
      // One poll's trouble must not stop the others; the next run tries again.
      effects.failed(poll.id, error);
    }
  }
  return report;
}
