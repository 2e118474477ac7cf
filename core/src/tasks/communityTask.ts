import { z } from 'zod';
import { compassDimensions } from '../compass/compass';

/** Most tasks a community keeps at once: the home card is a short to-do list, not a project tracker. */
export const communityTaskMax = 50;

/**
 * Body of `POST /api/communities/{id}/tasks`: what to do, and optionally the compass dimension it came from
 * (an improvement idea turned into a task), so the home can say why it is there.
 */
export const communityTaskInput = z.strictObject({
  text: z.string().trim().min(1).max(300),
  dimension: z.enum(compassDimensions).optional(),
});
export type CommunityTaskInput = z.infer<typeof communityTaskInput>;

/** Body of `DELETE /api/communities/{id}/tasks`: the task done or dropped. */
export const communityTaskRemoval = z.strictObject({ taskId: z.string().min(1).max(64) });

/** A task of the facilitators' list, as stored and as `GET …/tasks` lists it. */
export interface CommunityTask extends CommunityTaskInput {
  id: string;
  createdAt: string;
  createdBy: { userId: string; name: string };
}
