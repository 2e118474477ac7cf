import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import { ConflictError, NotFoundError, PreconditionRequiredError } from '../errors';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import type { DecisionRecord } from './decision';
import { outcomeStatementInput } from './outcomeStatement';

export interface WriteOutcomeProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  number: number;
  input: unknown;
  /** The statement version the writer started from (If-Match); required once a statement exists. */
  ifMatch: string | undefined;
  now: string;
}

/**
 * Writes (or rewrites) a decision's outcome statement and review date. The first statement needs no version;
 * rewriting one does, so two facilitators writing at once never silently replace each other's words.
 */
export async function writeOutcomeStatement({
  stores,
  principal,
  communityId,
  number,
  input,
  ifMatch,
  now,
}: WriteOutcomeProps): Promise<DecisionRecord> {
  await authorize(stores, principal, communityId, 'decision.writeOutcome');
  const data = parseInput(outcomeStatementInput, input);
  const find = async () => {
    const decision = (await stores.decisions.list(principal.tenantId, communityId)).find((d) => d.number === number);
    if (!decision) throw new NotFoundError();
    return decision;
  };
  const decision = await find();
  const current = decision.statementEtag ?? null;
  if (current && !ifMatch) throw new PreconditionRequiredError();
  if (current && ifMatch !== current) throw new ConflictError(decision);
  const statement = { text: data.text, reviewOn: data.reviewOn ?? null, by: { userId: principal.userId, name: principal.name }, at: now };
  const written = await stores.decisions.putStatement(principal.tenantId, communityId, number, statement, current);
  if (written === 'conflict') throw new ConflictError(await find());
  return { ...decision, statement, statementEtag: written.etag };
}
