import type { WorkshopConflict, WorkshopView } from '@elan/core/contract';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { ApiClient } from '../api/client';
import { putWorkshop } from '../api/endpoints';
import { ApiFailure, type FieldDetail } from '../api/failure';
import type { SaveOutcome } from './autosaveController';

export interface WorkshopSaverProps {
  api: ApiClient;
  communityId: string;
  n: WorkshopNumber;
  /** The stored version after a successful save. */
  onSaved(view: WorkshopView): void;
  /** The API refused the draft (400) with these field details. */
  onRejected(details: FieldDetail[]): void;
  /** Anything else went wrong (network, 401/403/404, 5xx, a 412 without `current`). */
  onFailed(error: unknown): void;
}

/** Builds the `save` function of the autosave controller for one workshop: PUT with If-Match, answers sorted out. */
export function workshopSaver({ api, communityId, n, onSaved, onRejected, onFailed }: WorkshopSaverProps) {
  return async (draft: Record<string, unknown>, etag: string): Promise<SaveOutcome> => {
    try {
      const view = await putWorkshop(api, communityId, n, draft, etag);
      onSaved(view);
      return { kind: 'saved', etag: view.etag };
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 412) {
        const current = (error.body as Partial<WorkshopConflict> | undefined)?.current;
        if (current && typeof current.etag === 'string') return { kind: 'conflict', current };
      }
      if (error instanceof ApiFailure && error.status === 400) {
        onRejected(error.details);
        return { kind: 'rejected' };
      }
      onFailed(error);
      return { kind: 'failed' };
    }
  };
}
