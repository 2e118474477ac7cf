import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { startFakeConnector } from '../testing/fakeConnector';
import { actionData, invokeCardAction } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;
beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

async function community() {
  return (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Historique' } })).body.id as string;
}
const path = (id: string, rest = '') => `/api/communities/${id}/workshops/1${rest}`;
async function save(id: string, data: unknown) {
  const { body } = await app.call('GET', path(id), { token: nadia });
  const res = await app.call('PUT', path(id), { token: nadia, body: data, headers: { 'if-match': body.etag } });
  expect(res.status).toBe(200);
  return res.body;
}

describe('workshop version history (integration, Azurite)', () => {
  it('lists versions newest first with author and changed fields, reads one, and restores it as a new version', async () => {
    const id = await community();
    await save(id, { name: 'Un' });
    await save(id, { name: 'Deux', tagline: 'Ligne' });
    await save(id, { name: 'Deux', tagline: 'Autre ligne' });
    const list = await app.call('GET', path(id, '/versions'), { token: nadia });
    expect(list.body.versions.map((v: any) => [v.version, v.changed, v.updatedBy.name])).toEqual([
      [3, ['tagline'], 'Nadia Tremblay'],
      [2, ['name', 'tagline'], 'Nadia Tremblay'],
      [1, ['name'], 'Nadia Tremblay'],
    ]);
    const v1 = await app.call('GET', path(id, '/versions/1'), { token: nadia });
    expect(v1.body).toMatchObject({ version: 1, data: { name: 'Un' } });

    const current = await app.call('GET', path(id), { token: nadia });
    const stale = await app.call('POST', path(id, '/versions/1/restore'), { token: nadia, headers: { 'if-match': 'W/"old"' } });
    expect(stale.status).toBe(412);
    const restored = await app.call('POST', path(id, '/versions/1/restore'), { token: nadia, headers: { 'if-match': current.body.etag } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ version: 4, data: { name: 'Un' } });
    const after = await app.call('GET', path(id, '/versions'), { token: nadia });
    expect(after.body.versions.map((v: any) => v.version)).toEqual([4, 3, 2, 1]);
    expect((await app.call('GET', path(id, '/versions/3'), { token: nadia })).body.data).toEqual({ name: 'Deux', tagline: 'Autre ligne' });
  });

  it('lets members read history but not restore; unknown versions are 404', async () => {
    const id = await community();
    await save(id, { name: 'Un' });
    await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'marc', name: 'Marc', role: 'member' });
    const marc = app.token({ userId: 'marc' });
    expect((await app.call('GET', path(id, '/versions'), { token: marc })).status).toBe(200);
    const { body } = await app.call('GET', path(id), { token: nadia });
    expect((await app.call('POST', path(id, '/versions/1/restore'), { token: marc, headers: { 'if-match': body.etag } })).status).toBe(403);
    for (const v of ['9', '0', 'x', '01']) expect((await app.call('GET', path(id, `/versions/${v}`), { token: nadia })).status).toBe(404);
  });
});

describe('adoption by the group', () => {
  it('marks a workshop adopted when a consent poll tied to it is adopted, and in progress again after an edit', async () => {
    const connector = await startFakeConnector();
    try {
      const id = await community();
      await save(id, exampleWorkshops[1]);
      const created = await app.call('POST', `/api/communities/${id}/polls`, {
        token: nadia,
        body: { question: 'Adopter la raison d’être?', method: 'consent', workshop: 1, quorumPct: 0 },
      });
      expect(created.body.poll.workshop).toBe(1);
      await invokeCardAction(
        app,
        connector.serviceUrl,
        { aadObjectId: 'nadia', name: 'Nadia' },
        actionData(created.body.card, 'poll.vote', 'agree'),
      );
      const closed = await app.call('POST', `/api/communities/${id}/polls/${created.body.poll.id}/close`, { token: nadia });
      expect(closed.body.decision).toMatchObject({ outcome: 'adopted', workshop: 1, workshopVersion: 1 });
      const read = await app.call('GET', path(id), { token: nadia });
      expect(read.body).toMatchObject({ state: 'adopted', adoptedBy: closed.body.decision.number });
      const community1 = await app.call('GET', `/api/communities/${id}`, { token: nadia });
      expect(community1.body.workshops[0].state).toBe('adopted');
      await save(id, { ...exampleWorkshops[1], tagline: 'Changée après adoption' });
      expect((await app.call('GET', path(id), { token: nadia })).body.state).toBe('done');
      const polls = await app.call('GET', `/api/communities/${id}/polls`, { token: nadia });
      expect(polls.body.polls.map((p: any) => [p.id, p.status])).toEqual([[created.body.poll.id, 'closed']]);
    } finally {
      await connector.stop();
    }
  });
});
