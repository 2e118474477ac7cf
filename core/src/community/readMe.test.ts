import type { Membership } from './community';
import { invitePrefix } from './members';
import { readMe } from './readMe';
import { communityOf, memoryCommunities } from './testing/memoryCommunities';
import type { Stores } from '../stores';

const invite = (upn: string, role: Membership['role']): Membership => ({
  userId: `${invitePrefix}${upn}`,
  name: upn,
  role,
  source: 'added',
  status: 'invited',
  upn,
});

function world(members: Record<string, Membership[]>) {
  const communities = [
    communityOf('c1', { name: 'Zèbres' }),
    communityOf('c2', { name: 'Abeilles', language: 'en' }),
    communityOf('c3', { tenantId: 't2' }),
  ];
  return { stores: { communities: memoryCommunities(communities, members) } as unknown as Stores, members };
}

describe('readMe', () => {
  it('says who the caller is and lists their communities by name with their role in each', async () => {
    const { stores } = world({
      c1: [{ userId: 'ana', name: 'Ana', role: 'facilitator' }],
      c2: [{ userId: 'ana', name: 'Ana', role: 'sponsor' }],
      c3: [{ userId: 'ana', name: 'Ana', role: 'member' }],
    });
    expect(await readMe({ stores, principal: { tenantId: 't', userId: 'ana', name: 'Ana B.' } })).toEqual({
      userId: 'ana',
      name: 'Ana B.',
      tenantId: 't',
      communities: [
        { id: 'c2', name: 'Abeilles', language: 'en', role: 'sponsor' },
        { id: 'c1', name: 'Zèbres', language: 'fr', role: 'facilitator' },
      ],
    });
  });

  it('leaves out a community the caller left (inactive) and lists none for a stranger', async () => {
    const { stores } = world({ c1: [{ userId: 'ana', name: 'Ana', role: 'member', status: 'inactive' }] });
    expect((await readMe({ stores, principal: { tenantId: 't', userId: 'ana', name: 'Ana' } })).communities).toEqual([]);
    expect((await readMe({ stores, principal: { tenantId: 't', userId: 'bo', name: 'Bo' } })).communities).toEqual([]);
  });

  it('takes up the invitations made for the UPN first, with the role invited, whatever its case', async () => {
    const { stores, members } = world({ c1: [invite('ana@contoso.example', 'facilitator')], c2: [invite('bo@contoso.example', 'member')] });
    const me = await readMe({ stores, principal: { tenantId: 't', userId: 'ana', name: 'Ana', upn: 'Ana@Contoso.example' } });

    expect(me.communities).toEqual([{ id: 'c1', name: 'Zèbres', language: 'fr', role: 'facilitator' }]);
    expect(members['c1']).toEqual([
      { userId: 'ana', name: 'Ana', role: 'facilitator', source: 'added', status: 'active', upn: 'ana@contoso.example' },
    ]);
    // Someone else's invitation stays until they sign in.
    expect(members['c2']).toEqual([invite('bo@contoso.example', 'member')]);
  });

  it('takes up no invitation for a caller whose token carries no UPN', async () => {
    const { stores, members } = world({ c1: [invite('ana@contoso.example', 'member')] });
    expect((await readMe({ stores, principal: { tenantId: 't', userId: 'ana', name: 'Ana' } })).communities).toEqual([]);
    expect(members['c1']).toEqual([invite('ana@contoso.example', 'member')]);
  });
});
