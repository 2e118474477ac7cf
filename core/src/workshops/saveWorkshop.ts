import type { Principal } from '../community/community';
import { ConflictError, PreconditionRequiredError } from '../errors';
import { parseInput } from '../validation/parseInput';
import type { StoredWorkshop } from './workshopStore';
import type { Stores } from '../stores';
import { type WorkshopNumber, workshopSchemas } from './registry';
import { authorize } from '../community/access';

export interface SaveWorkshopProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  n: WorkshopNumber;
  /** The untrusted request body: the whole draft of the workshop. */
  input: unknown;
  /** The version the editor started from (the If-Match header). */
  ifMatch: string | undefined;
}

/** Saves a workshop draft if the editor's version is still current; a stale version throws a conflict. */
export async function saveWorkshop({ stores, principal, communityId, n, input, ifMatch }: SaveWorkshopProps): Promise<StoredWorkshop> {
  await authorize(stores, principal, communityId, 'workshop.edit');
  const data = parseInput(workshopSchemas[n].draft, input);
  if (!ifMatch) throw new PreconditionRequiredError();
  const result = await stores.workshops.save(principal.tenantId, communityId, n, data, ifMatch, {
    userId: principal.userId,
    name: principal.name,
  });
  if (!result.ok) throw new ConflictError(result.current);
  return result.workshop;
}
