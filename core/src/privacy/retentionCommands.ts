import type { Principal } from '../community/community';
import {
  type RetentionEntry,
  type RetentionStore,
  communitySettingsInput,
  defaultRetentionMonths,
  erasureDueAt,
  monthsBefore,
  retentionBounds,
} from './retention';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { authorize } from '../community/access';
import type { RemindPerson } from '../notebooks/captureReminders';
import { daysAfter, erasureWarningDays, erasureWarningDue, warnFacilitators } from './erasureWarnings';

/** A community's retention as the API shows it. */
export interface RetentionView {
  retentionMonths: number;
  lastActivityAt: string;
  /** When the community will be erased if nothing happens in it before. */
  erasureDueAt: string;
}

function view(entry: Pick<RetentionEntry, 'lastActivityAt' | 'retentionMonths'>): RetentionView {
  return { retentionMonths: entry.retentionMonths, lastActivityAt: entry.lastActivityAt, erasureDueAt: erasureDueAt(entry) };
}

/**
 * Changes a community's settings (today: how many months it is kept after its last activity).
 * Facilitators only, like erasing: the retention decides when everything is erased.
 */
export async function updateCommunitySettings(
  stores: Stores,
  retention: RetentionStore,
  principal: Principal,
  communityId: string,
  input: unknown,
): Promise<RetentionView> {
  const { community } = await authorize(stores, principal, communityId, 'community.erase');
  const settings = parseInput(communitySettingsInput, input);
  await retention.setRetention(principal.tenantId, communityId, settings.retentionMonths);
  const entry = await retention.get(principal.tenantId, communityId);
  return view({ lastActivityAt: entry?.lastActivityAt ?? community.createdAt, retentionMonths: settings.retentionMonths });
}

/** A community's retention, for its facilitators (the same people who may change it or erase the community). */
export async function readRetention(
  stores: Stores,
  retention: RetentionStore,
  principal: Principal,
  communityId: string,
): Promise<RetentionView> {
  const { community } = await authorize(stores, principal, communityId, 'community.erase');
  const entry = await retention.get(principal.tenantId, communityId);
  return view({
    lastActivityAt: entry?.lastActivityAt ?? community.createdAt,
    retentionMonths: entry?.retentionMonths ?? defaultRetentionMonths,
  });
}

/** What a retention run did. */
export interface RetentionReport {
  erased: string[];
  /** Facilitators warned in this run that their community will be erased within 30 days. */
  warned: number;
}

/**
 * One retention run: erases every community whose last activity is older than its retention and, given
 * `warn` (the personal send), warns the facilitators of those due within 30 days. Reads only the retention
 * index (communities inactive for at least the shortest retention, less the warning's 30 days), and checks
 * each entry again just before acting, so activity that arrived meanwhile keeps the community.
 */
export async function runRetention(
  stores: Stores,
  retention: RetentionStore,
  now: string,
  failed: (communityId: string, error: unknown) => void = () => undefined,
  warn?: RemindPerson,
): Promise<RetentionReport> {
  const report: RetentionReport = { erased: [], warned: 0 };
  const due = (e: RetentionEntry) => erasureDueAt(e) <= now;
  // A day's margin: the index is a superset, each entry is checked below.
  const cutOff = monthsBefore(daysAfter(now, erasureWarningDays + 1), retentionBounds.min);
  for (const candidate of await retention.inactiveSince(cutOff)) {
    try {
      if (!due(candidate)) {
        if (!warn || !erasureWarningDue(candidate, now)) continue;
        const fresh = (await retention.get(candidate.tenantId, candidate.communityId)) ?? candidate;
        const dueAt = erasureWarningDue(fresh, now);
        if (dueAt) report.warned += await warnFacilitators(stores, retention, warn, fresh, dueAt);
        continue;
      }
      const { tenantId, communityId } = candidate;
      // Gone from the index meanwhile: another run, or a facilitator, erased it.
      const fresh = await retention.get(tenantId, communityId);
      if (!fresh || !due(fresh)) continue;
      // Of two overlapping runs, one erases and reports it.
      if (!(await retention.claimErasure(tenantId, communityId, now))) continue;
      // The other may have finished between our read and our claim (its claim went with the rows).
      if (!(await retention.get(tenantId, communityId))) {
        await retention.releaseErasure(tenantId, communityId);
        continue;
      }
      await stores.erase.eraseCommunity(tenantId, communityId).catch(async (error: unknown) => {
        await retention.releaseErasure(tenantId, communityId);
        throw error;
      });
      report.erased.push(communityId);
    } catch (error) {
      // One community's trouble must not stop the others; the next run tries again.
      failed(candidate.communityId, error);
    }
  }
  return report;
}
