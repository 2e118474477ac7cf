import type { DigestPreference } from './digestPreference';

/** One facilitator's stored digest state in a community. */
export interface DigestState {
  userId: string;
  /** Absent: never chosen (the default applies). */
  preference?: DigestPreference;
  /** The last ISO week (`2027-W10`) whose digest was claimed for them; null if none. */
  lastWeekSent: string | null;
}

/** Storage port for the weekly digest: each facilitator's setting, and one claim per person and week. */
export interface DigestStore {
  getPreference(tenantId: string, communityId: string, userId: string): Promise<DigestPreference | undefined>;
  putPreference(tenantId: string, communityId: string, userId: string, preference: DigestPreference, at: string): Promise<void>;
  /** Every stored setting and last claimed week of a community, in one read (people with neither are absent). */
  listStates(tenantId: string, communityId: string): Promise<DigestState[]>;
  /**
   * Claims a person's digest for one week; false when it was already claimed. Overlapping timer runs therefore
   * send it once. A claim is never given back: a digest that could not go out waits for the next week.
   */
  claimWeek(tenantId: string, communityId: string, userId: string, week: string, at: string): Promise<boolean>;
}
