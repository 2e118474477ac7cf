import type { z } from 'zod';
import { decisionsComplete, decisionsDraft } from './decisions';
import { ecosystemComplete, ecosystemDraft } from './ecosystem';
import { identityComplete, identityDraft } from './identity';
import { impactComplete, impactDraft } from './impact';
import { problemProjectComplete, problemProjectDraft } from './problemProject';
import { ritualsComplete, ritualsDraft } from './rituals';

import type { WorkshopNumber } from './workshopNumbers';

export { parseWorkshopNumber, type WorkshopNumber, workshopNumbers } from './workshopNumbers';

/** Stable keys used in routes, catalogs and storage. */
export const workshopKeys = {
  1: 'identity',
  2: 'problemProject',
  3: 'rituals',
  4: 'decisions',
  5: 'ecosystem',
  6: 'impact',
} as const satisfies Record<WorkshopNumber, string>;
export type WorkshopKey = (typeof workshopKeys)[WorkshopNumber];

interface WorkshopSchemas {
  /** What autosave may store: typed and bounded, nothing required. */
  draft: z.ZodType<Record<string, unknown>>;
  /** What the workshop needs to be done. */
  complete: z.ZodType<unknown>;
}

export const workshopSchemas: Record<WorkshopNumber, WorkshopSchemas> = {
  1: { draft: identityDraft, complete: identityComplete },
  2: { draft: problemProjectDraft, complete: problemProjectComplete },
  3: { draft: ritualsDraft, complete: ritualsComplete },
  4: { draft: decisionsDraft, complete: decisionsComplete },
  5: { draft: ecosystemDraft, complete: ecosystemComplete },
  6: { draft: impactDraft, complete: impactComplete },
};
