import { summarizeWorkshop } from '../community/readCommunity';
import type { WorkshopView } from '../contract';
import type { DecisionRecord } from '../decisions/decision';
import type { StoredWorkshop } from './workshopStore';

/** A stored workshop as the API sends it. */
export function presentWorkshop(w: StoredWorkshop, decisions: readonly DecisionRecord[] = []): WorkshopView {
  return { ...summarizeWorkshop(w, decisions), data: w.data, etag: w.etag };
}
