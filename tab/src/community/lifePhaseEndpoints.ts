import type { LifePhase, LifePhaseView } from '@elan/core/community/lifePhase';
import type { ApiClient } from '../api/client';

/**
 * A facilitator confirms the community's life phase (the suggestion or another), having read the confirmation of
 * `changedAt` (null: none); answers the phase as read. A 412 carries the one stored, confirmed since by someone else.
 */
export async function confirmLifePhase(api: ApiClient, id: string, phase: LifePhase, changedAt: string | null): Promise<LifePhaseView> {
  const path = `/api/communities/${encodeURIComponent(id)}/phase`;
  return (await api.request<{ lifePhase: LifePhaseView }>('PUT', path, { body: { phase, changedAt } })).data.lifePhase;
}
