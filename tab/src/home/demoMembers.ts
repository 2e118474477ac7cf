import { type Persona, personas } from '@elan/core/dev/personas';
import type { ApiClient } from '../api/client';
import { addMember } from '../api/endpoints';

/**
 * Local preview only: adds the other demo personas to a new community with the role each plays
 * (member, sponsor), so switching persona shows the same community from their side.
 */
export async function addDemoMembers(api: ApiClient, communityId: string, creator: Persona): Promise<void> {
  for (const p of personas) {
    if (p.userId === creator.userId) continue;
    await addMember(api, communityId, { userId: p.userId, name: p.name, role: p.role });
  }
}
