import type { TurnContext } from '@microsoft/agents-hosting';
import type { TeamRoster } from '@elan/core/community/roster';
import { admitFromRoster } from '@elan/core/community/rosterSync';
import { NotFoundError } from '@elan/core/errors';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';

/** What admitting newcomers needs: the stores, and the roster to check them against (absent: nobody is admitted). */
export interface AdmissionDeps {
  stores: Stores;
  roster?: TeamRoster;
}

/**
 * Runs a card action; when it fails because the person is not a stored member, checks them once against
 * the card's team roster (someone who joined since the last read), stores them and runs it again. The
 * check happens only on that failure, so members already stored pay nothing for it.
 */
export async function withAdmission<T>(deps: AdmissionDeps, context: TurnContext, communityId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const actor = actorOf(context);
    const conversationId = context.activity.conversation?.id;
    if (!(error instanceof NotFoundError) || !deps.roster || !actor || !conversationId) throw error;
    if (!(await admitFromRoster(deps.stores, deps.roster, actor, conversationId, communityId))) throw error;
    return run();
  }
}
