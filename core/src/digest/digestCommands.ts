import type { Principal } from '../community/community';
import { authorize } from '../community/access';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { type DigestPreference, defaultDigestPreference, digestPreferenceInput } from './digestPreference';

/** My weekly digest setting in a community, as the API sends it: the default until I choose. */
export interface DigestPreferenceView extends DigestPreference {
  /** False while I never chose (the default shown applies). */
  chosen: boolean;
}

/** Reads my digest setting in a community (facilitators only). */
export async function readMyDigest(stores: Stores, principal: Principal, communityId: string): Promise<DigestPreferenceView> {
  await authorize(stores, principal, communityId, 'digest.receive');
  const stored = await stores.digests.getPreference(principal.tenantId, communityId, principal.userId);
  return { ...(stored ?? defaultDigestPreference), chosen: !!stored };
}

/** Sets my digest setting in a community (facilitators only); bad input is refused with its field paths. */
export async function setMyDigest(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  now: string,
): Promise<DigestPreferenceView> {
  await authorize(stores, principal, communityId, 'digest.receive');
  const preference = parseInput(digestPreferenceInput, input);
  await stores.digests.putPreference(principal.tenantId, communityId, principal.userId, preference, now);
  return { ...preference, chosen: true };
}
