import type { CardFor } from '../adaptiveCards/tabLinks';
import { ritualPlansOf } from '../rituals/ritualPlan';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import type { RitualsDraft } from '../workshops/rituals';
import { authorize } from './access';
import { closingCard } from './closingCard';
import type { Principal } from './community';
import { type Lifecycle, lifecycleInput, lifecycleOf } from './lifecycle';
import { ConflictError } from '../errors';

export interface ChangeLifecycleProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  input: unknown;
  now: string;
}

/**
 * A facilitator moves the community on: to closing (its last meeting, final stories, thanks: the card to post is
 * returned), to archived (readable, nothing new starts), or back to active. Asking for the stage it is at changes
 * nothing; two facilitators moving it at once: one wins, the other gets a conflict with the stage stored.
 */
export async function changeLifecycle({ stores, principal, communityId, input, now }: ChangeLifecycleProps): Promise<{
  lifecycle: Lifecycle;
  closing: CardFor | null;
}> {
  const { community } = await authorize(stores, principal, communityId, 'community.lifecycle');
  const { stage } = parseInput(lifecycleInput, input);
  const current = lifecycleOf(community);
  if (current.stage === stage) return { lifecycle: current, closing: null };
  const lifecycle: Lifecycle = { stage, since: now, by: { userId: principal.userId, name: principal.name } };
  if (!(await stores.communities.setLifecycle(principal.tenantId, communityId, lifecycle, current.stage))) {
    const stored = await stores.communities.get(principal.tenantId, communityId);
    throw new ConflictError(stored ? lifecycleOf(stored) : current);
  }
  if (stage !== 'closing') return { lifecycle, closing: null };
  const w3 = ((await stores.workshops.get(principal.tenantId, communityId, 3))?.data ?? {}) as RitualsDraft;
  const next = ritualPlansOf(w3)
    .flatMap((plan) => upcomingMeetings(plan, new Date(now), 1))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const lastMeetingAt = next ? next.startsAt.toISOString() : null;
  return {
    lifecycle,
    closing: (links) => closingCard({ locale: community.language, communityId, communityName: community.name, lastMeetingAt, links }),
  };
}
