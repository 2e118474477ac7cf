import { z } from 'zod';

/** How long a community is kept after its last activity, in months, unless its facilitators choose otherwise. */
export const defaultRetentionMonths = 24;
/** The shortest and longest retention a community may choose. */
export const retentionBounds = { min: 6, max: 120 } as const;

/** A retention period in whole months. */
export const retentionMonths = z.int().min(retentionBounds.min).max(retentionBounds.max);

/** Body of `PATCH /api/communities/{id}`: the settings a facilitator may change. */
export const communitySettingsInput = z.strictObject({ retentionMonths });
export type CommunitySettingsInput = z.infer<typeof communitySettingsInput>;

/** What retention knows of one community: when it was last active and how long it is kept after that. */
export interface RetentionEntry {
  tenantId: string;
  communityId: string;
  lastActivityAt: string;
  retentionMonths: number;
}

/**
 * Storage port for retention: one small index row per community, so a timer run reads one row per
 * community rather than scanning every table.
 */
export interface RetentionStore {
  /** Notes activity in a community (a save, a poll, a new member); cheap and safe to call often. */
  recordActivity(tenantId: string, communityId: string, at: string): Promise<void>;
  /** Sets how long the community is kept after its last activity. */
  setRetention(tenantId: string, communityId: string, months: number): Promise<void>;
  get(tenantId: string, communityId: string): Promise<RetentionEntry | undefined>;
  /** Communities whose last activity is older than `before` (a superset of those due for erasure). */
  inactiveSince(before: string): Promise<RetentionEntry[]>;
  /**
   * Claims the one warning a facilitator gets before the community is erased on `dueAt`; false if already
   * claimed, so overlapping timer runs send it once. Another due date is another claim.
   */
  claimWarning(tenantId: string, communityId: string, dueAt: string, userId: string): Promise<boolean>;
  /** Gives a claim back after a failed send, so a later run can try again. */
  releaseWarning(tenantId: string, communityId: string, dueAt: string, userId: string): Promise<void>;
  /**
   * Claims the erasure of a community for one timer run at `now`; false while another run holds it. The claim
   * goes with the community's rows; one left by a run that died (older than an hour) may be taken over.
   */
  claimErasure(tenantId: string, communityId: string, now: string): Promise<boolean>;
  /** Gives an erasure claim back (the erasure failed, or another run had finished it). */
  releaseErasure(tenantId: string, communityId: string): Promise<void>;
}

/** The moment a community's data is due for erasure: its last activity plus its retention, in calendar months. */
export function erasureDueAt(entry: Pick<RetentionEntry, 'lastActivityAt' | 'retentionMonths'>): string {
  const at = new Date(entry.lastActivityAt);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + entry.retentionMonths);
  // 31 August + 6 months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return at.toISOString();
}

/** The instant `months` calendar months before `now`; communities inactive since then may be due. */
export function monthsBefore(now: string, months: number): string {
  return erasureDueAt({ lastActivityAt: now, retentionMonths: -months });
}
