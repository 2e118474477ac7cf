import { z } from 'zod';
import type { Author } from './author';
import type { Community } from './community';
import { DomainError } from '../errors';

/** Where a community is in its life: running, closing (its last rituals), or archived (readable, nothing new). */
export const lifecycleStages = ['active', 'closing', 'archived'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

/** A community's stage, since when and who set it; communities stored before stages existed are active. */
export interface Lifecycle {
  stage: LifecycleStage;
  since: string | null;
  by: Author | null;
}

/** Body of `PUT /api/communities/{id}/lifecycle`. */
export const lifecycleInput = z.strictObject({ stage: z.enum(lifecycleStages) });

/** A community's lifecycle (active when never set). */
export function lifecycleOf(community: Community): Lifecycle {
  return community.lifecycle ?? { stage: 'active', since: null, by: null };
}

/** Refuses to start something new (a poll, a survey, a compass run) in an archived community: it is read-only. */
export function assertNotArchived(community: Community): void {
  if (lifecycleOf(community).stage === 'archived') throw new DomainError('community.error.archived', 409);
}
