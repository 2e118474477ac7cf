import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;
let id: string;
beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  id = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Tâches' } })).body.id;
  await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'm1', name: 'Membre', role: 'member' });
  await app.deps.stores.communities.putMember('local-tenant', id, { userId: 's1', name: 'Commanditaire', role: 'sponsor' });
});

const tasks = (method: string, token: string, body?: unknown) => app.call(method, `/api/communities/${id}/tasks`, { token, body });

describe('facilitators’ task list (integration, Azurite)', () => {
  it('adds tasks in order, with who and where they came from, and removes them', async () => {
    expect(await tasks('GET', nadia)).toMatchObject({ status: 200, body: { tasks: [] } });
    const first = await tasks('POST', nadia, { text: '  Relire la raison d’être  ', dimension: 'purpose' });
    expect(first.status).toBe(201);
    expect(first.body.tasks).toEqual([
      {
        id: expect.any(String),
        text: 'Relire la raison d’être',
        dimension: 'purpose',
        createdAt: expect.any(String),
        createdBy: { userId: 'nadia', name: 'Nadia' },
      },
    ]);
    await tasks('POST', nadia, { text: 'Préparer le bilan du commanditaire' });
    const listed = (await tasks('GET', nadia)).body.tasks;
    expect(listed.map((t: { text: string }) => t.text)).toEqual(['Relire la raison d’être', 'Préparer le bilan du commanditaire']);
    expect(listed[1].dimension).toBeUndefined();

    const removed = await tasks('DELETE', nadia, { taskId: listed[0].id });
    expect(removed.status).toBe(200);
    expect(removed.body.tasks.map((t: { id: string }) => t.id)).toEqual([listed[1].id]);
    // Removing it again changes nothing.
    expect((await tasks('DELETE', nadia, { taskId: listed[0].id })).body.tasks).toHaveLength(1);
  });

  it('refuses bad input with its field paths', async () => {
    const empty = await tasks('POST', nadia, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('"text"');
    const dimension = await tasks('POST', nadia, { text: 'Ok', dimension: 'nope' });
    expect(dimension.status).toBe(400);
    expect(JSON.stringify(dimension.body)).toContain('"dimension"');
    expect((await tasks('POST', nadia, { text: 'x'.repeat(301) })).status).toBe(400);
    expect((await tasks('POST', nadia, { text: 'Ok', extra: 1 })).status).toBe(400);
    expect((await tasks('DELETE', nadia, {})).status).toBe(400);
  });

  it('keeps an archived community’s list as it was (409), still readable', async () => {
    const other = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Archivée' } })).body.id;
    const at = (method: string, body?: unknown) => app.call(method, `/api/communities/${other}/tasks`, { token: nadia, body });
    const added = (await at('POST', { text: 'Dernière tâche' })).body.tasks[0];
    expect((await app.call('PUT', `/api/communities/${other}/lifecycle`, { token: nadia, body: { stage: 'archived' } })).status).toBe(200);
    expect((await at('POST', { text: 'Encore une' })).status).toBe(409);
    expect((await at('DELETE', { taskId: added.id })).status).toBe(409);
    expect((await at('GET')).body.tasks).toEqual([added]);
  });

  it('is the facilitators’ alone: members and sponsors get 403, outsiders 404', async () => {
    for (const userId of ['m1', 's1']) {
      const token = app.token({ userId });
      expect((await tasks('GET', token)).status).toBe(403);
      expect((await tasks('POST', token, { text: 'Non' })).status).toBe(403);
      expect((await tasks('DELETE', token, { taskId: 'x' })).status).toBe(403);
    }
    expect((await tasks('GET', app.token({ userId: 'stranger' }))).status).toBe(404);
  });
});
