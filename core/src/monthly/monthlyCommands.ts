import type { Principal } from '../community/community';
import { authorize } from '../community/access';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { type MonthlyPreference, defaultMonthlyPreference, monthlyPreferenceInput } from './monthlyPreference';

/** My monthly summary setting in a community, as the API sends it: off until I choose. */
export interface MonthlyPreferenceView extends MonthlyPreference {
  /** False while I never chose (the default, off, applies). */
  chosen: boolean;
}

/** Reads my monthly summary setting in a community (facilitators and members). */
export async function readMyMonthly(stores: Stores, principal: Principal, communityId: string): Promise<MonthlyPreferenceView> {
  await authorize(stores, principal, communityId, 'monthly.receive');
  const stored = await stores.monthly.getPreference(principal.tenantId, communityId, principal.userId);
  return { ...(stored ?? defaultMonthlyPreference), chosen: !!stored };
}

/** Turns my monthly summary on or off in a community (facilitators and members); bad input is refused with its field paths. */
export async function setMyMonthly(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  now: string,
): Promise<MonthlyPreferenceView> {
  await authorize(stores, principal, communityId, 'monthly.receive');
  const preference = parseInput(monthlyPreferenceInput, input);
  await stores.monthly.putPreference(principal.tenantId, communityId, principal.userId, preference, now);
  return { ...preference, chosen: true };
}
