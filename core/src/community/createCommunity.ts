import { type Community, createCommunityInput, type Principal } from './community';
import { parseInput } from '../validation/parseInput';
import type { Stores } from '../stores';

export interface CreateCommunityProps {
  stores: Stores;
  /** The creator, who becomes the first facilitator. */
  principal: Principal;
  /** The untrusted request body. */
  input: unknown;
  /** A fresh unique id for the community. */
  id: string;
  /** The creation time, ISO 8601. */
  now: string;
}

/** Creates a community with its creator as facilitator and six empty workshops. */
export async function createCommunity({ stores, principal, input, id, now }: CreateCommunityProps): Promise<Community> {
  const data = parseInput(createCommunityInput, input);
  const community: Community = {
    id,
    tenantId: principal.tenantId,
    name: data.name,
    language: data.language,
    createdAt: now,
    createdBy: principal.userId,
  };
  await stores.communities.create(community, { userId: principal.userId, name: principal.name, role: 'facilitator' });
  return community;
}
