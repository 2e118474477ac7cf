import type { TeamRoster } from './roster';
import type { Stores } from '../stores';
import { syncRoster } from './rosterSync';

// Teams tells joins and departures as they happen; a daily full read catches any event that was missed.
const rosterMaxAgeMs = 24 * 3600 * 1000;

/** What one roster timer run did. */
export interface RosterTimerResult {
  read: number;
  failed: number;
}

/**
 * Reads again the rosters that are owed (a link whose read failed) or older than a day, for every linked
 * team or chat. A failure is counted and left owed for the next run; it never stops the others.
 */
export async function runRosterTimers(
  stores: Stores,
  roster: TeamRoster,
  now: string,
  failed: (conversationId: string, error: unknown) => void,
): Promise<RosterTimerResult> {
  const result: RosterTimerResult = { read: 0, failed: 0 };
  const seen = new Set<string>();
  for (const ref of await stores.conversations.listLinked()) {
    if (ref.conversationType === 'personal') continue;
    // Several channels of one team linked to one community share one roster read.
    const key = `${ref.tenantId}|${ref.communityId}|${ref.teamId ?? ref.conversationId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const syncedAt = ref.rosterSyncedAt ? Date.parse(ref.rosterSyncedAt) : NaN;
    if (Number.isFinite(syncedAt) && Date.parse(now) - syncedAt < rosterMaxAgeMs) continue;
    try {
      await syncRoster(stores, roster, ref, now);
      result.read++;
    } catch (error) {
      result.failed++;
      failed(ref.conversationId, error);
    }
  }
  return result;
}
