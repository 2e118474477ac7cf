import type { Membership } from './community';
import type { RosterPerson } from './memberRules';
import type { TeamRoster } from './roster';
import { rosterReinstalled } from './rosterSync';
import { communityOf, memoryCommunities } from './testing/memoryCommunities';
import type { ConversationRef } from '../conversations/conversation';
import { conversationRef } from '../conversations/testing/conversationRef';
import type { Stores } from '../stores';

const now = '2026-06-01T08:00:00.000Z';
const person = (userId: string): RosterPerson => ({ userId, name: userId.toUpperCase(), upn: `${userId}@contoso.example` });
const member = (userId: string, overrides: Partial<Membership> = {}): Membership => ({
  userId,
  name: userId.toUpperCase(),
  role: 'member',
  source: 'team',
  status: 'active',
  upn: `${userId}@contoso.example`,
  teamsId: null,
  ...overrides,
});

/** Two communities, the conversations the bot knows, and a roster per conversation (a missing one fails). */
function world(refs: ConversationRef[], rosters: Record<string, RosterPerson[]>, members: Record<string, Membership[]>) {
  const synced: [string, string | null][] = [];
  const read: string[] = [];
  const stores = {
    communities: memoryCommunities([communityOf('c1'), communityOf('c2')], members),
    conversations: {
      // As the adapter: active linked conversations that are this one, or a channel of this team.
      linkedVia: async (tenantId: string, conversationId: string, teamId: string | null) =>
        refs.filter(
          (r) =>
            r.tenantId === tenantId &&
            r.active &&
            r.communityId &&
            (r.conversationId === conversationId || (teamId && r.teamId === teamId)),
        ),
      markRosterSynced: async (_t: string, conversationId: string, at: string | null) => void synced.push([conversationId, at]),
    },
  } as unknown as Stores;
  const roster: TeamRoster = {
    list: async (ref) => {
      read.push(ref.conversationId);
      const people = rosters[ref.conversationId];
      if (!people) throw new Error('connector down');
      return people;
    },
    member: async () => {
      throw new Error('a reinstall reads whole rosters only');
    },
  };
  return { stores, roster, synced, read, members };
}

describe('rosterReinstalled', () => {
  it('reads again the roster of every conversation linked through the team: newcomers join, leavers become inactive', async () => {
    const w = world(
      [
        conversationRef('19:general'),
        conversationRef('19:projects', { communityId: 'c2' }),
        conversationRef('19:elsewhere', { teamId: 'other' }),
      ],
      { '19:general': [person('ana'), person('bo')], '19:projects': [person('bo')] },
      {
        c1: [member('nadia', { role: 'facilitator' }), member('ana'), member('cleo'), member('guest', { source: 'added' })],
        c2: [member('zoe', { role: 'facilitator', source: 'added' }), member('ana')],
      },
    );
    await rosterReinstalled({ ...w, where: { tenantId: 't', conversationId: '19:general;messageid=42', teamId: 'team' }, now });

    expect(w.read).toEqual(['19:general', '19:projects']);
    const statuses = (id: string) => Object.fromEntries(w.members[id]!.map((m) => [m.userId, [m.role, m.status]]));
    // nadia is the only facilitator: she stays active though the team no longer lists her; guest was added by hand.
    expect(statuses('c1')).toEqual({
      nadia: ['facilitator', 'active'],
      ana: ['member', 'active'],
      cleo: ['member', 'inactive'],
      guest: ['member', 'active'],
      bo: ['member', 'active'],
    });
    expect(statuses('c2')).toEqual({ zoe: ['facilitator', 'active'], ana: ['member', 'inactive'], bo: ['member', 'active'] });
    expect(w.synced).toEqual([
      ['19:general', now],
      ['19:projects', now],
    ]);
  });

  it('owes a failed read to the roster timer, stores nothing for it, and still reads the other conversations', async () => {
    const w = world(
      [conversationRef('19:general'), conversationRef('19:projects', { communityId: 'c2' })],
      { '19:projects': [person('bo')] },
      { c1: [member('ana')], c2: [] },
    );
    await rosterReinstalled({ ...w, where: { tenantId: 't', conversationId: '19:general', teamId: 'team' }, now });

    expect(w.members['c1']).toEqual([member('ana')]);
    expect(w.members['c2']!.map((m) => m.userId)).toEqual(['bo']);
    expect(w.synced).toEqual([
      ['19:general', null],
      ['19:projects', now],
    ]);
  });

  it('reads nothing in a conversation not linked to a community, or another tenant, or one the bot left', async () => {
    const w = world(
      [
        conversationRef('19:general', { communityId: null }),
        conversationRef('19:old', { active: false }),
        conversationRef('19:theirs', { tenantId: 't2' }),
      ],
      { '19:general': [person('ana')], '19:old': [person('ana')], '19:theirs': [person('ana')] },
      { c1: [member('cleo')] },
    );
    await rosterReinstalled({ ...w, where: { tenantId: 't', conversationId: '19:general', teamId: 'team' }, now });
    await rosterReinstalled({ ...w, where: { tenantId: 't', conversationId: '19:old', teamId: null }, now });

    expect(w.read).toEqual([]);
    expect(w.synced).toEqual([]);
    expect(w.members['c1']).toEqual([member('cleo')]);
  });

  it('in a group chat reads only that chat, not the channels of a team', async () => {
    const w = world(
      [conversationRef('19:chat', { conversationType: 'groupChat', teamId: null }), conversationRef('19:general')],
      { '19:chat': [person('ana')], '19:general': [person('bo')] },
      { c1: [] },
    );
    await rosterReinstalled({ ...w, where: { tenantId: 't', conversationId: '19:chat', teamId: null }, now });

    expect(w.read).toEqual(['19:chat']);
    expect(w.members['c1']!.map((m) => m.userId)).toEqual(['ana']);
  });
});
