import { addMemberInput, type Membership, type Principal } from '../community/community';
import { parseInput } from '../validation/parseInput';
import type { Stores } from '../ports/stores';
import { authorize } from './access';

/** Adds a person to a community (or changes their role); facilitators only. */
export async function addMember(stores: Stores, principal: Principal, communityId: string, input: unknown): Promise<Membership> {
  await authorize(stores, principal, communityId, 'member.add');
  const data = parseInput(addMemberInput, input);
  await stores.communities.putMember(principal.tenantId, communityId, data);
  return data;
}
