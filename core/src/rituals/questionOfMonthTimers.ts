import type { CardFor } from '../adaptiveCards/tabLinks';
import type { Stores } from '../stores';
import type { RitualsDraft } from '../workshops/rituals';
import { questionForMonth, questionOfMonthDue, questionOfMonthPlan } from './questionOfMonth';
import { questionOfMonthCard } from './questionOfMonthCard';
import type { RitualTimerEffects } from './ritualTimers';

/** What one run posted, for logs and tests: `communityId YYYY-MM`. */
export interface QuestionOfMonthReport {
  posted: string[];
}

/** The claims' key of a month's question (claimed beside the meetings' steps, once per community and month). */
export const questionClaimKey = (month: string) => `question|${month}`;

/**
 * One run of the question of the month: for every community with a linked channel whose workshop 3 chose it and
 * wrote a question, once the chosen day and time have passed this month (the community's time zone), claims the
 * month, then posts that month's question to the linked channels. The claim comes first, so overlapping runs post it
 * once; when nothing went out the claim is given back for a later run. An archived community gets nothing.
 */
export async function runQuestionOfMonthTimers(
  stores: Stores,
  effects: Pick<RitualTimerEffects, 'post' | 'failed'>,
  now: string,
): Promise<QuestionOfMonthReport> {
  const report: QuestionOfMonthReport = { posted: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      const [community, workshop] = await Promise.all([
        stores.communities.get(tenantId, communityId),
        stores.workshops.get(tenantId, communityId, 3),
      ]);
      if (!community || community.lifecycle?.stage === 'archived') continue;
      const plan = questionOfMonthPlan((workshop?.data ?? {}) as RitualsDraft);
      const month = plan && questionOfMonthDue(plan, at);
      if (!plan || !month) continue;
      const key = questionClaimKey(month);
      if (!(await stores.meetings.claimStep(tenantId, communityId, key, 'questionOfMonth'))) continue;
      let sent = false;
      try {
        const question = questionForMonth(plan.questions, month);
        const card: CardFor = (links) => questionOfMonthCard({ locale: community.language, communityId, month, question, links });
        sent = (await effects.post(tenantId, communityId, card)).length > 0;
        if (sent) report.posted.push(`${communityId} ${month}`);
      } finally {
        // Nothing went out (no channel, every send failed, an error): let a later run try again.
        if (!sent) await stores.meetings.releaseStep(tenantId, communityId, key, 'questionOfMonth');
      }
    } catch (error) {
      // One community's trouble must not stop the others; the next run tries again.
      effects.failed(communityId, error);
    }
  }
  return report;
}
