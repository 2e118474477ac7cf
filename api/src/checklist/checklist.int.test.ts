import { useTestApp } from '../testing/testApp';

const app = useTestApp();

describe('the competence checklist (integration, Azurite)', () => {
  it('is each facilitator’s own: saved and read back with its suggestions, never seen by another facilitator, refused to members and sponsors', async () => {
    const nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Profil d’animation' } });
    const base = `/api/communities/${community.id}`;
    for (const [userId, name, role] of [
      ['marc', 'Marc-André', 'facilitator'],
      ['ana', 'Ana', 'member'],
      ['helene', 'Hélène', 'sponsor'],
    ] as const)
      expect((await app.call('POST', `${base}/members`, { token: nadia, body: { userId, name, role } })).status).toBe(201);
    const marc = app.token({ userId: 'marc', name: 'Marc-André' });
    const path = `${base}/checklist/me`;

    expect(await app.call('GET', path, { token: nadia })).toMatchObject({
      status: 200,
      body: { answers: {}, suggestions: [], updatedAt: null },
    });
    const saved = await app.call('PUT', path, {
      token: nadia,
      body: { answers: { mandate: 'yes', sponsor: 'notYet', capture: 'partly' } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.suggestions).toEqual([{ item: 'sponsor', workshop: 1 }]);
    const read = (await app.call('GET', path, { token: nadia })).body;
    expect(read).toMatchObject({
      answers: { mandate: 'yes', sponsor: 'notYet', capture: 'partly' },
      suggestions: [{ item: 'sponsor', workshop: 1 }],
    });
    expect(typeof read.updatedAt).toBe('string');

    // Another facilitator reads their own (empty), and saving theirs leaves Nadia's as it was.
    expect((await app.call('GET', path, { token: marc })).body).toEqual({ answers: {}, suggestions: [], updatedAt: null });
    expect((await app.call('PUT', path, { token: marc, body: { answers: { tools: 'notYet' } } })).status).toBe(200);
    expect((await app.call('GET', path, { token: nadia })).body.answers).toEqual({ mandate: 'yes', sponsor: 'notYet', capture: 'partly' });
    // Nor does it show anywhere else a facilitator reads: not in the community, not in its export.
    const exported = JSON.stringify((await app.call('GET', `${base}/export`, { token: marc })).body);
    expect(exported).not.toContain('notYet');
    expect(JSON.stringify((await app.call('GET', base, { token: marc })).body)).not.toContain('checklist');

    for (const other of ['ana', 'helene']) {
      const token = app.token({ userId: other, name: other });
      expect((await app.call('GET', path, { token })).status).toBe(403);
      expect((await app.call('PUT', path, { token, body: { answers: { mandate: 'yes' } } })).status).toBe(403);
    }
    expect((await app.call('GET', path, { token: app.token({ userId: 'eve', name: 'Eve' }) })).status).toBe(404);
  });

  it('refuses bad answers with their field paths and keeps what was stored', async () => {
    const nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Profil refusé' } });
    const path = `/api/communities/${community.id}/checklist/me`;
    expect((await app.call('PUT', path, { token: nadia, body: { answers: { time: 'yes' } } })).status).toBe(200);
    const bad = await app.call('PUT', path, { token: nadia, body: { answers: { time: 'maybe', climate: 3 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['answers.climate', 'answers.time']);
    expect((await app.call('PUT', path, { token: nadia, body: { answers: {}, extra: true } })).status).toBe(400);
    expect((await app.call('GET', path, { token: nadia })).body.answers).toEqual({ time: 'yes' });
  });
});
