import { summarizeWorkshop } from '@elan/core/community/readCommunity';
import type { WorkshopView } from '@elan/core/contract';
import type { DecisionRecord } from '@elan/core/decisions/decision';
import type { StoredWorkshop } from '@elan/core/workshops/workshopStore';

/** A stored workshop as the API sends it. */
export function presentWorkshop(w: StoredWorkshop, decisions: readonly DecisionRecord[] = []): WorkshopView {
  return { ...summarizeWorkshop(w, decisions), data: w.data, etag: w.etag };
}
