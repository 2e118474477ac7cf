import type { Principal } from '../community/community';
import { NotFoundError } from '../errors';
import type { StoredWorkshop, WorkshopVersionInfo } from './workshopStore';
import type { Stores } from '../stores';
import type { WorkshopNumber } from './registry';
import { authorize } from '../community/access';
import { saveWorkshop } from './saveWorkshop';

/** The saved versions of a workshop, newest first. */
export async function listWorkshopVersions(
  stores: Stores,
  principal: Principal,
  communityId: string,
  n: WorkshopNumber,
): Promise<WorkshopVersionInfo[]> {
  await authorize(stores, principal, communityId, 'workshop.read');
  return stores.workshops.versions(principal.tenantId, communityId, n);
}

/** One saved version of a workshop, with its data. */
export async function readWorkshopVersion(
  stores: Stores,
  principal: Principal,
  communityId: string,
  n: WorkshopNumber,
  version: number,
): Promise<StoredWorkshop> {
  await authorize(stores, principal, communityId, 'workshop.read');
  const found = await stores.workshops.version(principal.tenantId, communityId, n, version);
  if (!found) throw new NotFoundError();
  return found;
}

/**
 * Restores an earlier version by saving its data as a new version: history only grows, nothing is
 * lost, and the usual If-Match guard applies.
 */
export async function restoreWorkshopVersion(props: {
  stores: Stores;
  principal: Principal;
  communityId: string;
  n: WorkshopNumber;
  version: number;
  ifMatch: string | undefined;
}): Promise<StoredWorkshop> {
  const { stores, principal, communityId, n, version, ifMatch } = props;
  await authorize(stores, principal, communityId, 'workshop.edit');
  const old = await stores.workshops.version(principal.tenantId, communityId, n, version);
  if (!old) throw new NotFoundError();
  return saveWorkshop({ stores, principal, communityId, n, input: old.data, ifMatch });
}
