import type { Locale } from '../i18n/locale';
import type { CardFor } from '../adaptiveCards/tabLinks';
import type { Stores } from '../stores';
import { loadRitualContext } from '../rituals/meetingCommands';
import { digestCard } from './digestCard';
import { digestContent } from './digestContent';
import { digestDue } from './digestDue';
import { loadDigestFacts } from './digestFacts';
import { defaultDigestPreference } from './digestPreference';

/** Where a community's week runs when workshop 3 gives no time zone yet. */
export const defaultDigestTimeZone = 'Europe/Brussels';

/** What the digest timer needs from the host: the personal send poll and capture reminders use. */
export interface DigestTimerEffects {
  /** Sends one personal card to a member of a community; false when it could not go out. */
  send(tenantId: string, communityId: string, userId: string, card: CardFor): Promise<boolean>;
  /** Reports a community, or one person's digest, the run could not handle. */
  failed(what: string, error: unknown): void;
}

/** What one digest run did, for logs and tests. */
export interface DigestTimerReport {
  /** Digests that went out, as `communityId userId week`. */
  sent: string[];
}

/** The community's time zone: its main meeting series' (workshop 3), else Brussels. */
export async function timeZoneOf(stores: Stores, tenantId: string, communityId: string): Promise<string> {
  const context = await loadRitualContext(stores, tenantId, communityId);
  return context?.plans[0]?.timeZone || defaultDigestTimeZone;
}

/**
 * One run of the weekly digest: for each facilitator of each community the bot can reach, once their chosen weekday
 * and time have passed this week (in the community's time zone) and unless they turned it off, claims the week, then
 * sends one card — only when there is something to say (a week with nothing claims nothing, so something arising
 * later that week still goes out). The claim comes first, so overlapping runs send it once; a send that fails is
 * logged and not retried that week.
 */
export async function runDigestTimers(stores: Stores, effects: DigestTimerEffects, now: string): Promise<DigestTimerReport> {
  const report: DigestTimerReport = { sent: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    try {
      const [members, states, timeZone] = await Promise.all([
        stores.communities.listMembers(tenantId, communityId),
        stores.digests.listStates(tenantId, communityId),
        timeZoneOf(stores, tenantId, communityId),
      ]);
      const stateOf = new Map(states.map((s) => [s.userId, s]));
      const due = members
        .filter((m) => m.role === 'facilitator' && (m.status ?? 'active') === 'active')
        .map((m) => {
          const state = stateOf.get(m.userId);
          return {
            userId: m.userId,
            week: digestDue(state?.preference ?? defaultDigestPreference, timeZone, at, state?.lastWeekSent ?? null),
            locale: state?.preference?.locale,
          };
        })
        .filter((d): d is { userId: string; week: string; locale: Locale | undefined } => d.week !== null);
      if (due.length === 0) continue;
      const facts = await loadDigestFacts(stores, tenantId, communityId, at);
      const content = facts && digestContent(facts, at);
      if (!content) continue;
      const community = await stores.communities.get(tenantId, communityId);
      for (const { userId, week, locale = community?.language ?? 'fr' } of due) {
        const card: CardFor = (links) => digestCard({ locale, content, links });
        if (!(await stores.digests.claimWeek(tenantId, communityId, userId, week, now))) continue;
        const what = `${communityId} ${userId} ${week}`;
        try {
          if (await effects.send(tenantId, communityId, userId, card)) report.sent.push(what);
          else effects.failed(what, new Error('no personal chat with this facilitator'));
        } catch (error) {
          effects.failed(what, error);
        }
      }
    } catch (error) {
      // One community's trouble must not stop the others; its unclaimed digests go out on a later run.
      effects.failed(communityId, error);
    }
  }
  return report;
}
