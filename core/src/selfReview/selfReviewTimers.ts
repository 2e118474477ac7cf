import type { CardFor } from '../adaptiveCards/tabLinks';
import { isActive } from '../community/memberRules';
import type { RemindPerson } from '../notebooks/captureReminders';
import { meetingKeyOf } from '../rituals/meeting';
import { loadRitualContext } from '../rituals/meetingCommands';
import type { Stores } from '../stores';
import { selfReviewCard } from './selfReviewCard';
import { selfReviewDueMeetings } from './selfReviewMeetings';

/** What one run of the self-review timer sent, for logs and tests. */
export interface SelfReviewTimerReport {
  /** Cards that went out, as `communityId meetingKey userId`. */
  sent: string[];
}

/**
 * One run of the facilitators' self-review: after each meeting of a community the bot can reach, every active
 * facilitator gets one personal card ("how did it go?"). Each card is claimed first, so overlapping runs send it
 * once; a send that reached nobody gives the claim back for a later run. Archived communities run no meetings.
 */
export async function runSelfReviewTimers(
  stores: Stores,
  send: RemindPerson,
  now: string,
  failed: (communityId: string, error: unknown) => void,
): Promise<SelfReviewTimerReport> {
  const report: SelfReviewTimerReport = { sent: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      // An archived community's context has no plans (see loadRitualContext): nothing is due.
      const context = await loadRitualContext(stores, tenantId, communityId);
      const due = (context?.plans ?? []).flatMap((plan) => selfReviewDueMeetings(plan, at));
      if (!context || due.length === 0) continue;
      const [community, members] = await Promise.all([
        stores.communities.get(tenantId, communityId),
        stores.communities.listMembers(tenantId, communityId, { all: true }),
      ]);
      if (!community) continue;
      const facilitators = members.filter((m) => m.role === 'facilitator' && isActive(m));
      for (const meeting of due) {
        const key = meetingKeyOf(meeting);
        const card: CardFor = () => selfReviewCard({ locale: context.locale, communityId, communityName: community.name, meeting });
        // The card stays due for hours after the meeting: one read of who has it, rather than a refused insert per
        // facilitator on every run. The claim still comes first for the others, against overlapping runs.
        const sent = await stores.selfReviews.cardsSent(tenantId, communityId, key);
        for (const { userId } of facilitators) {
          if (sent.has(userId)) continue;
          if (!(await stores.selfReviews.claimCard(tenantId, communityId, key, userId, now))) continue;
          if (await send(tenantId, communityId, userId, card).catch(() => false)) report.sent.push(`${communityId} ${key} ${userId}`);
          else await stores.selfReviews.releaseCard(tenantId, communityId, key, userId);
        }
      }
    } catch (error) {
      // One community's trouble must not stop the others; the next run tries again (claims hold what went out).
      failed(communityId, error);
    }
  }
  return report;
}
