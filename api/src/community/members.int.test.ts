import { useTestApp } from '../testing/testApp';
import { translate } from '@elan/core/i18n/translate';
import { readDocx } from '../documents/testing/docxInspector';

// Real Azurite; tokens from the local issuer (Entra ID is the boundary we cannot run here).
const app = useTestApp();
const tenantId = 'local-tenant';
let nadia: string;
let communityId: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  communityId = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Membres' } })).body.id;
  await app.deps.stores.communities.putMembers(tenantId, communityId, [
    { userId: 'marc', name: 'Marc', role: 'member', source: 'team', status: 'active', upn: 'marc@example.org' },
    { userId: 'lea', name: 'Léa', role: 'member', source: 'team', status: 'active', upn: 'lea@example.org' },
  ]);
});

const path = (rest = '') => `/api/communities/${communityId}/members${rest}`;

describe('the Members page API (integration, Azurite)', () => {
  it('lists everyone with role, source and status; only facilitators see UPNs and may manage', async () => {
    const asNadia = await app.call('GET', path(), { token: nadia });
    expect(asNadia.status).toBe(200);
    expect(asNadia.body.canManage).toBe(true);
    expect(asNadia.body.members).toEqual([
      { userId: 'lea', name: 'Léa', role: 'member', source: 'team', status: 'active', upn: 'lea@example.org' },
      { userId: 'marc', name: 'Marc', role: 'member', source: 'team', status: 'active', upn: 'marc@example.org' },
      { userId: 'nadia', name: 'Nadia', role: 'facilitator', source: 'added', status: 'active', upn: null },
    ]);
    const asMarc = await app.call('GET', path(), { token: app.token({ userId: 'marc' }) });
    expect(asMarc.body.canManage).toBe(false);
    expect(asMarc.body.members.every((m: { upn: unknown }) => m.upn === null)).toBe(true);
    expect(asMarc.body.changes).toEqual([]);
    expect((await app.call('PATCH', path('/lea'), { token: app.token({ userId: 'marc' }), body: { role: 'facilitator' } })).status).toBe(
      403,
    );
    expect((await app.call('GET', path(), { token: app.token({ userId: 'stranger' }) })).status).toBe(404);
  });

  it('changes roles, records who changed what, and never leaves the community without a facilitator', async () => {
    const last = await app.call('PATCH', path('/nadia'), { token: nadia, body: { role: 'member' } });
    expect(last.status).toBe(409);
    expect(last.body.error).toEqual({ code: 'error.lastFacilitator', message: translate('en', 'error.lastFacilitator') });
    expect((await app.call('DELETE', path('/nadia'), { token: nadia })).status).toBe(409);

    const promoted = await app.call('PATCH', path('/marc'), { token: nadia, body: { role: 'facilitator' } });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: 'marc', role: 'facilitator' });
    // The index follows: Marc's own list says facilitator.
    const marcsList = await app.call('GET', '/api/me', { token: app.token({ userId: 'marc' }) });
    expect(marcsList.body.communities.find((c: { id: string }) => c.id === communityId).role).toBe('facilitator');

    // Two facilitators demoting each other at the same moment: exactly one wins, one facilitator remains.
    const marc = app.token({ userId: 'marc', name: 'Marc' });
    const results = await Promise.all([
      app.call('PATCH', path('/marc'), { token: nadia, body: { role: 'member' } }),
      app.call('PATCH', path('/nadia'), { token: marc, body: { role: 'member' } }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const after = (await app.call('GET', path(), { token: results[0]!.status === 200 ? nadia : marc })).body;
    expect(after.members.filter((m: { role: string; status: string }) => m.role === 'facilitator' && m.status === 'active')).toHaveLength(
      1,
    );
    // Each one's own list shows the role that was stored, whatever attempt lost its race.
    for (const [userId, token] of [
      ['nadia', nadia],
      ['marc', marc],
    ] as const) {
      const stored = after.members.find((m: { userId: string }) => m.userId === userId).role;
      const listed = (await app.call('GET', '/api/me', { token })).body.communities.find((c: { id: string }) => c.id === communityId).role;
      expect(listed).toBe(stored);
    }
    // Put things back for the next tests.
    const winner = results[0]!.status === 200 ? nadia : marc;
    if (winner === marc) await app.call('PATCH', path('/nadia'), { token: marc, body: { role: 'facilitator' } });
    else await app.call('PATCH', path('/marc'), { token: nadia, body: { role: 'member' } });

    const changes = (await app.call('GET', path(), { token: nadia })).body.changes as {
      by: { name: string };
      userId: string;
      from: string;
      to: string;
      at: string;
    }[];
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.at(-1)).toMatchObject({ by: { name: 'Nadia' }, userId: 'marc', from: 'member', to: 'facilitator' });
    // Newest first.
    expect([...changes].sort((a, b) => b.at.localeCompare(a.at))).toEqual(changes);
  });

  it('adds a sponsor by UPN as an invitation that becomes a membership when they sign in', async () => {
    const invited = await app.call('POST', path(), {
      token: nadia,
      body: { account: 'Helene.Bouchard@Example.org', name: 'Hélène', role: 'sponsor' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({
      userId: 'upn:helene.bouchard@example.org',
      name: 'Hélène',
      role: 'sponsor',
      source: 'added',
      status: 'invited',
      upn: 'helene.bouchard@example.org',
    });
    // An invited member is not eligible until they sign in: a poll opened now does not count them.
    const pending = await app.call('POST', path(), {
      token: nadia,
      body: { account: 'pending@example.org', name: 'Pending', role: 'member' },
    });
    expect(pending.body.status).toBe('invited');
    const poll = await app.call('POST', `/api/communities/${communityId}/polls`, {
      token: nadia,
      body: { question: 'Q?', method: 'consent' },
    });
    expect(poll.body.poll.eligible).toBe(3);

    const helene = app.token({ userId: 'helene-oid', name: 'Hélène Bouchard', upn: 'helene.bouchard@example.org' });
    const me = await app.call('GET', '/api/me', { token: helene });
    expect(me.body.communities.find((c: { id: string }) => c.id === communityId)).toMatchObject({ role: 'sponsor' });
    const list = (await app.call('GET', path(), { token: nadia })).body.members as { userId: string; status: string }[];
    expect(list.some((m) => m.userId === 'upn:helene.bouchard@example.org')).toBe(false);
    expect(list.find((m) => m.userId === 'upn:pending@example.org')).toMatchObject({ status: 'invited' });
    expect(list.find((m) => m.userId === 'helene-oid')).toMatchObject({ role: 'sponsor', status: 'active', source: 'added' });
    expect((await app.call('GET', `/api/communities/${communityId}`, { token: helene })).status).toBe(200);
    // Someone invited who opens the community itself first (a link) is let in too.
    await app.call('POST', path(), { token: nadia, body: { account: 'guy@example.org', name: 'Guy', role: 'sponsor' } });
    const guy = app.token({ userId: 'guy-oid', name: 'Guy', upn: 'guy@example.org' });
    expect((await app.call('GET', `/api/communities/${communityId}`, { token: guy })).body.role).toBe('sponsor');
    // A token whose UPN was never invited still gets 404.
    expect(
      (await app.call('GET', `/api/communities/${communityId}`, { token: app.token({ userId: 'x', upn: 'x@example.org' }) })).status,
    ).toBe(404);
  });

  it('adds by object id, removes hand-added people, keeps team members, and refuses bad input', async () => {
    const added = await app.call('POST', path(), {
      token: nadia,
      body: { account: '4f1c2d3e-0000-4000-8000-000000000001', name: 'Guest', role: 'sponsor' },
    });
    expect(added.status).toBe(201);
    expect(added.body.status).toBe('active');
    expect((await app.call('DELETE', path('/4f1c2d3e-0000-4000-8000-000000000001'), { token: nadia })).body).toEqual({ removed: true });
    expect((await app.call('GET', path(), { token: nadia })).body.members.some((m: { name: string }) => m.name === 'Guest')).toBe(false);
    const team = await app.call('DELETE', path('/lea'), { token: nadia });
    expect(team.status).toBe(409);
    expect(team.body.error.code).toBe('error.memberFromTeam');
    expect((await app.call('DELETE', path('/nobody'), { token: nadia })).status).toBe(404);
    expect((await app.call('PATCH', path('/lea'), { token: nadia, body: { role: 'king' } })).status).toBe(400);
    expect((await app.call('POST', path(), { token: nadia, body: { account: 'a/b', name: 'X', role: 'member' } })).status).toBe(400);
    expect((await app.call('PATCH', path('/bad%2Fid'), { token: nadia, body: { role: 'member' } })).status).toBe(404);
    // Nothing of that changed Léa.
    expect(
      (await app.call('GET', path(), { token: nadia })).body.members.find((m: { userId: string }) => m.userId === 'lea'),
    ).toMatchObject({
      role: 'member',
      status: 'active',
    });
  });

  it('prints the role changes in the members annex of the charter, and no sign-in name in any copy', async () => {
    for (const audience of ['facilitators', 'sponsors']) {
      const res = await fetch(`${app.baseUrl}/api/communities/${communityId}/charter.docx?lang=en&audience=${audience}`, {
        headers: { authorization: `Bearer ${nadia}` },
      });
      expect(res.status).toBe(200);
      const text = readDocx(Buffer.from(await res.arrayBuffer())).paragraphs.join('\n');
      expect(text).toContain(translate('en', 'doc.annex.roleChanges'));
      expect(text).toContain(
        translate('en', 'doc.annex.roleChanged', { from: translate('en', 'role.member'), to: translate('en', 'role.facilitator') }),
      );
      expect(text).toContain(translate('en', 'doc.annex.roleAdded', { role: translate('en', 'role.sponsor') }));
      expect(text).not.toMatch(/@example\.org/);
    }
  });
});
