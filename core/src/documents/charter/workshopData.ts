import type { StoredWorkshop } from '../../workshops/workshopStore';
import { type DecisionsDraft, decisionsDraft } from '../../workshops/decisions';
import { type EcosystemDraft, ecosystemDraft } from '../../workshops/ecosystem';
import { type IdentityDraft, identityDraft } from '../../workshops/identity';
import { type ImpactDraft, impactDraft } from '../../workshops/impact';
import { type ProblemProjectDraft, problemProjectDraft } from '../../workshops/problemProject';
import { type RitualsDraft, ritualsDraft } from '../../workshops/rituals';
import type { WorkshopNumber } from '../../workshops/registry';

/** The six workshops' drafts, typed. Every field may be missing: documents are built from drafts too. */
export interface WorkshopData {
  identity: IdentityDraft;
  problemProject: ProblemProjectDraft;
  rituals: RitualsDraft;
  decisions: DecisionsDraft;
  ecosystem: EcosystemDraft;
  impact: ImpactDraft;
}

/** A stored workshop as the document builders need it. */
export type WorkshopInput = Pick<StoredWorkshop, 'n' | 'data' | 'updatedAt'>;

const parsers = {
  1: (d: unknown) => identityDraft.safeParse(d),
  2: (d: unknown) => problemProjectDraft.safeParse(d),
  3: (d: unknown) => ritualsDraft.safeParse(d),
  4: (d: unknown) => decisionsDraft.safeParse(d),
  5: (d: unknown) => ecosystemDraft.safeParse(d),
  6: (d: unknown) => impactDraft.safeParse(d),
} satisfies Record<WorkshopNumber, unknown>;

/**
 * Reads stored drafts through their draft schemas. Storage only ever holds validated drafts; should one
 * not parse (a schema tightened since), the document treats that workshop as not started rather than fail.
 */
export function readWorkshops(workshops: readonly WorkshopInput[]): WorkshopData {
  const get = <N extends WorkshopNumber>(n: N) => {
    const parsed = parsers[n](workshops.find((w) => w.n === n)?.data ?? {});
    return (parsed.success ? parsed.data : {}) as NonNullable<ReturnType<(typeof parsers)[N]>['data']>;
  };
  return {
    identity: get(1),
    problemProject: get(2),
    rituals: get(3),
    decisions: get(4),
    ecosystem: get(5),
    impact: get(6),
  };
}
