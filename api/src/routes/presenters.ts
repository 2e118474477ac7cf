import { summarizeWorkshop } from '@elan/core/commands/readCommunity';
import type { WorkshopView } from '@elan/core/contract';
import type { StoredWorkshop } from '@elan/core/ports/stores';

/** A stored workshop as the API sends it. */
export function presentWorkshop(w: StoredWorkshop): WorkshopView {
  return { ...summarizeWorkshop(w), data: w.data, etag: w.etag };
}
