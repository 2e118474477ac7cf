import type { MonthlyPreference } from './monthlyPreference';

/** One member's stored monthly summary state in a community. */
export interface MonthlyState {
  userId: string;
  /** Absent: never chosen (the default, off, applies). */
  preference?: MonthlyPreference;
  /** The last month summarised (`2027-03`) whose card was claimed for them; null if none. */
  lastMonthSent: string | null;
}

/** Storage port for the members' monthly summary: each member's setting, and one claim per person and month. */
export interface MonthlyStore {
  getPreference(tenantId: string, communityId: string, userId: string): Promise<MonthlyPreference | undefined>;
  putPreference(tenantId: string, communityId: string, userId: string, preference: MonthlyPreference, at: string): Promise<void>;
  /** Every stored setting and last claimed month of a community, in one read (people with neither are absent). */
  listStates(tenantId: string, communityId: string): Promise<MonthlyState[]>;
  /** Claims a person's summary of one month; false when it was already claimed (overlapping timer runs send it once). */
  claimMonth(tenantId: string, communityId: string, userId: string, month: string, at: string): Promise<boolean>;
  /** Gives a claim back after a send that reached nobody, so a later run may try again. */
  releaseMonth(tenantId: string, communityId: string, userId: string, month: string): Promise<void>;
}
