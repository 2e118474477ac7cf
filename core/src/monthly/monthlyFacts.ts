import { loadRitualContext } from '../rituals/meetingCommands';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { Stores } from '../stores';
import type { MonthlyFacts, MonthlyMeeting } from './monthlyContent';

/**
 * Reads what a community's monthly summary could speak of at `at`: its approved notebooks (titles only), its decision
 * log as outcomes and counts (no ballot leaves this function: the log holds none), and the next meeting of any series.
 * Undefined when the community is gone or archived.
 */
export async function loadMonthlyFacts(
  stores: Stores,
  tenantId: string,
  communityId: string,
  at: Date,
  timeZone: string,
): Promise<MonthlyFacts | undefined> {
  const community = await stores.communities.get(tenantId, communityId);
  if (!community || community.lifecycle?.stage === 'archived') return undefined;
  const [context, notebooks, decisions] = await Promise.all([
    loadRitualContext(stores, tenantId, communityId),
    stores.notebooks.list(tenantId, communityId),
    stores.decisions.list(tenantId, communityId),
  ]);
  let nextMeeting: MonthlyMeeting | null = null;
  for (const plan of context?.plans ?? []) {
    const [next] = upcomingMeetings(plan, at, 1);
    if (next && (!nextMeeting || next.startsAt.getTime() < Date.parse(nextMeeting.startsAt)))
      nextMeeting = { startsAt: next.startsAt.toISOString(), seriesName: plan.seriesName };
  }
  return {
    communityId,
    communityName: community.name,
    timeZone,
    // `announcedAt` is set once, at the first approval; a later re-approval does not make a notebook new again.
    notebooks: notebooks.flatMap((n) =>
      n.announcedAt ? [{ notebookId: n.id, title: n.title, ref: n.ref, approvedAt: n.announcedAt }] : [],
    ),
    decisions: decisions.map((d) => ({
      number: d.number,
      question: d.question,
      outcome: d.outcome,
      result: d.result,
      statement: d.statement?.text ?? null,
      voters: d.voters,
      eligible: d.eligible,
      decidedAt: d.decidedAt,
    })),
    nextMeeting,
  };
}
