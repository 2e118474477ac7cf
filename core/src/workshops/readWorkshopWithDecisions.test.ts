import type { Membership, Principal } from '../community/community';
import { communityOf, memoryCommunities } from '../community/testing/memoryCommunities';
import type { DecisionRecord } from '../decisions/decision';
import { buildDecision } from '../documents/charter/exampleCharterInput';
import { NotFoundError } from '../errors';
import type { Stores } from '../stores';
import { exampleWorkshops } from './exampleWorkshops';
import { readWorkshopWithDecisions } from './readWorkshopWithDecisions';
import type { StoredWorkshop } from './workshopStore';

const identity: StoredWorkshop = {
  n: 1,
  data: exampleWorkshops[1],
  version: 3,
  etag: 'e3',
  updatedAt: '2026-09-01T12:00:00.000Z',
  updatedBy: { userId: 'nadia', name: 'Nadia' },
};
const decisions = [buildDecision({ number: 1, workshop: 1, workshopVersion: 3 }), buildDecision({ number: 2, subject: null })];

/** Community c1 with `members`, workshop 1 stored (only), and its decision log; c2 holds nothing. */
function world(members: Membership[], log: DecisionRecord[] = decisions) {
  const readLogs: string[] = [];
  const stores = {
    communities: memoryCommunities([communityOf('c1')], { c1: members }),
    workshops: { get: async (_t: string, c: string, n: number) => (c === 'c1' && n === 1 ? identity : undefined) },
    decisions: {
      list: async (_t: string, c: string) => {
        readLogs.push(c);
        return c === 'c1' ? log : [];
      },
    },
  } as unknown as Stores;
  return { stores, readLogs };
}

const principal = (userId: string): Principal => ({ tenantId: 't', userId, name: userId });

describe('readWorkshopWithDecisions', () => {
  it("returns the stored draft with the community's whole decision log, for every role", async () => {
    for (const role of ['facilitator', 'member', 'sponsor'] as const) {
      const { stores } = world([{ userId: 'ana', name: 'Ana', role }]);
      expect(await readWorkshopWithDecisions({ stores, principal: principal('ana'), communityId: 'c1', n: 1 })).toEqual({
        workshop: identity,
        decisions,
      });
    }
  });

  it('gives an empty log when nothing was decided yet', async () => {
    const { stores } = world([{ userId: 'ana', name: 'Ana', role: 'member' }], []);
    expect((await readWorkshopWithDecisions({ stores, principal: principal('ana'), communityId: 'c1', n: 1 })).decisions).toEqual([]);
  });

  it('answers "not found" to someone outside the community, or who left it, nothing of the log read beside the check', async () => {
    const { stores, readLogs } = world([{ userId: 'gone', name: 'Gone', role: 'member', status: 'inactive' }]);
    await expect(readWorkshopWithDecisions({ stores, principal: principal('bo'), communityId: 'c1', n: 1 })).rejects.toThrow(NotFoundError);
    await expect(readWorkshopWithDecisions({ stores, principal: principal('gone'), communityId: 'c1', n: 1 })).rejects.toThrow(
      NotFoundError,
    );
    expect(readLogs).toEqual(['c1', 'c1']);
  });

  it('answers "not found" for a workshop that was never stored', async () => {
    const { stores } = world([{ userId: 'ana', name: 'Ana', role: 'facilitator' }]);
    await expect(readWorkshopWithDecisions({ stores, principal: principal('ana'), communityId: 'c1', n: 2 })).rejects.toThrow(
      NotFoundError,
    );
  });
});
