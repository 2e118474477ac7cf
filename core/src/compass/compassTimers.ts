import { lifecycleOf } from '../community/lifecycle';
import type { RitualTimerEffects } from '../rituals/ritualTimers';
import { ritualBot } from '../rituals/ritualTimers';
import type { Stores } from '../stores';
import type { ImpactDraft } from '../workshops/impact';
import { compassRunPost } from './compassCardCommands';
import { compassDue, compassRhythmOf, compassStartedAt, kickOffDateOf } from './compassRhythm';
import type { RitualsDraft } from '../workshops/rituals';

/** What one run opened and posted, for logs and tests: `communityId run`. */
export interface CompassTimerReport {
  opened: string[];
  posted: string[];
}

/** The claims' key of a compass run: the run about to be opened, once per community. */
export const compassClaimKey = (run: number) => `compass|${run}`;

/**
 * One run of the compass rhythm: for every community with a linked channel, active (not closing nor archived) and
 * not set to open runs by hand in workshop 6, when the rhythm's months since the last run (or the first date, or the
 * community's kick-off or creation) are up, claims the next run's number, opens it and posts its card to the linked channels.
 * The claim comes first, so overlapping runs open it once. A run that reached no channel stays open: the tab shows it.
 */
export async function runCompassTimers(
  stores: Stores,
  effects: Pick<RitualTimerEffects, 'post' | 'failed'>,
  now: string,
): Promise<CompassTimerReport> {
  const report: CompassTimerReport = { opened: [], posted: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      const community = await stores.communities.get(tenantId, communityId);
      if (!community || lifecycleOf(community).stage !== 'active') continue;
      const [rituals, impact, runs] = await Promise.all([
        stores.workshops.get(tenantId, communityId, 3),
        stores.workshops.get(tenantId, communityId, 6),
        stores.compass.listRuns(tenantId, communityId),
      ]);
      const rhythm = compassRhythmOf((impact?.data ?? {}) as ImpactDraft);
      const lastOpenedAt =
        runs
          .map((r) => r.openedAt)
          .sort()
          .at(-1) ?? null;
      const startedAt = compassStartedAt(community.createdAt, kickOffDateOf(rituals?.data as RitualsDraft | undefined));
      if (!rhythm.automatic || !compassDue({ lastOpenedAt, startedAt, rhythm }, at)) continue;
      const next = Math.max(0, ...runs.map((r) => r.number)) + 1;
      if (!(await stores.meetings.claimStep(tenantId, communityId, compassClaimKey(next), 'compassRun'))) continue;
      const run = await stores.compass.openRun(tenantId, communityId, { openedAt: now, openedBy: ritualBot }).catch(async (error) => {
        // Not opened: give the claim back, or this run number would stay taken for good.
        await stores.meetings.releaseStep(tenantId, communityId, compassClaimKey(next), 'compassRun');
        throw error;
      });
      report.opened.push(`${communityId} ${run.number}`);
      const posts = await effects.post(tenantId, communityId, compassRunPost(community.language, communityId, run.number, 0));
      if (posts.length > 0) report.posted.push(`${communityId} ${run.number}`);
    } catch (error) {
      // One community's trouble must not stop the others; the next run tries again.
      effects.failed(communityId, error);
    }
  }
  return report;
}
