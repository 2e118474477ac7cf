import type { CardFor } from '../adaptiveCards/tabLinks';
import type { RemindPerson } from '../notebooks/captureReminders';
import type { Stores } from '../stores';
import { erasureWarningCard } from './erasureWarningCard';
import { type RetentionEntry, type RetentionStore, erasureDueAt } from './retention';

/** How long before erasure the facilitators are warned. */
export const erasureWarningDays = 30;
const dayMs = 86_400_000;

/** The instant `days` days after `at`. */
export const daysAfter = (at: string, days: number) => new Date(Date.parse(at) + days * dayMs).toISOString();

/** The erasure date a facilitator is to be warned of now: within 30 days, not yet passed; null otherwise. */
export function erasureWarningDue(entry: Pick<RetentionEntry, 'lastActivityAt' | 'retentionMonths'>, now: string): string | null {
  const due = erasureDueAt(entry);
  return daysAfter(due, -erasureWarningDays) <= now && now < due ? due : null;
}

/**
 * Warns each active facilitator of a community, once per erasure date, in a personal chat: when retention
 * will erase it, and where to export or extend. Each warning is claimed first, so overlapping timer runs
 * send it once; one that could not go out is given back for a later run. A new date (activity, a longer
 * retention) is warned of again. Returns how many facilitators were warned.
 */
export async function warnFacilitators(
  stores: Stores,
  retention: RetentionStore,
  remind: RemindPerson,
  entry: RetentionEntry,
  dueAt: string,
): Promise<number> {
  const { tenantId, communityId } = entry;
  const [community, members] = await Promise.all([
    stores.communities.get(tenantId, communityId),
    stores.communities.listMembers(tenantId, communityId),
  ]);
  if (!community) return 0;
  const card: CardFor = (links) =>
    erasureWarningCard({
      locale: community.language,
      communityId,
      communityName: community.name,
      dueAt,
      archived: community.lifecycle?.stage === 'archived',
      links,
    });
  let warned = 0;
  for (const f of members.filter((m) => m.role === 'facilitator' && (m.status ?? 'active') === 'active')) {
    if (!(await retention.claimWarning(tenantId, communityId, dueAt, f.userId))) continue;
    if (await remind(tenantId, communityId, f.userId, card).catch(() => false)) warned += 1;
    else await retention.releaseWarning(tenantId, communityId, dueAt, f.userId);
  }
  return warned;
}
