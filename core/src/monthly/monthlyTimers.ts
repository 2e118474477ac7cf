import type { Locale } from '../i18n/locale';
import type { CardFor } from '../adaptiveCards/tabLinks';
import type { DigestTimerEffects } from '../digest/digestTimers';
import { timeZoneOf } from '../digest/digestTimers';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import { monthlyCard } from './monthlyCard';
import { monthlyContent } from './monthlyContent';
import { monthlySummaryDue } from './monthlyDue';
import { loadMonthlyFacts } from './monthlyFacts';

/** What one monthly summary run did, for logs and tests. */
export interface MonthlyTimerReport {
  /** Summaries that went out, as `communityId userId month` (the month summarised). */
  sent: string[];
}

/**
 * One run of the members' monthly summary: for each active member who turned it on, in each community the bot can
 * reach, from 9:00 on the month's first working day (the community's time zone), claims last month's summary, then
 * sends one card — only when something happened (a month with nothing claims nothing). The claim comes first, so
 * overlapping runs send it once; a send that reached nobody gives the claim back for a later run. An archived
 * community gets nothing; a removed member is no longer active and gets nothing either.
 */
export async function runMonthlyTimers(stores: Stores, effects: DigestTimerEffects, now: string): Promise<MonthlyTimerReport> {
  const report: MonthlyTimerReport = { sent: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      const states = (await stores.monthly.listStates(tenantId, communityId)).filter((s) => s.preference?.enabled);
      // Most communities have nobody who opted in: nothing more to read.
      if (states.length === 0) continue;
      const [members, timeZone] = await Promise.all([
        stores.communities.listMembers(tenantId, communityId),
        timeZoneOf(stores, tenantId, communityId),
      ]);
      const active = new Set(
        members.filter((m) => (m.status ?? 'active') === 'active' && can(m.role, 'monthly.receive')).map((m) => m.userId),
      );
      const due = states
        .filter((s) => active.has(s.userId))
        .map((s) => ({ userId: s.userId, month: monthlySummaryDue(timeZone, at, s.lastMonthSent), locale: s.preference?.locale }))
        .filter((d): d is { userId: string; month: string; locale: Locale | undefined } => d.month !== null);
      if (due.length === 0) continue;
      const facts = await loadMonthlyFacts(stores, tenantId, communityId, at, timeZone);
      if (!facts) continue;
      const community = await stores.communities.get(tenantId, communityId);
      for (const { userId, month, locale = community?.language ?? 'fr' } of due) {
        const content = monthlyContent(facts, month);
        if (!content) continue;
        if (!(await stores.monthly.claimMonth(tenantId, communityId, userId, month, now))) continue;
        const what = `${communityId} ${userId} ${month}`;
        const card: CardFor = (links) => monthlyCard({ locale, content, links });
        let delivered = false;
        try {
          delivered = await effects.send(tenantId, communityId, userId, card);
          if (!delivered) effects.failed(what, new Error('no personal chat with this member'));
        } catch (error) {
          effects.failed(what, error);
        }
        if (delivered) report.sent.push(what);
        else await stores.monthly.releaseMonth(tenantId, communityId, userId, month);
      }
    } catch (error) {
      // One community's trouble must not stop the others; its unclaimed summaries go out on a later run.
      effects.failed(communityId, error);
    }
  }
  return report;
}
