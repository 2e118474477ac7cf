import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

describe('communities (integration, Azurite)', () => {
  it('creates a community whose creator is facilitator, with six empty workshops', async () => {
    const created = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Partenaires en action', language: 'fr' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/communities/${created.body.id}`);
    expect(created.body).toMatchObject({ name: 'Partenaires en action', language: 'fr', role: 'facilitator' });
    expect(created.body.workshops.map((w: { n: number; state: string }) => [w.n, w.state])).toEqual([
      [1, 'notStarted'],
      [2, 'notStarted'],
      [3, 'notStarted'],
      [4, 'notStarted'],
      [5, 'notStarted'],
      [6, 'notStarted'],
    ]);

    const read = await app.call('GET', `/api/communities/${created.body.id}`, { token: nadia });
    expect(read.status).toBe(200);
    const { retention, ...community } = read.body;
    expect(community).toEqual(created.body);
    expect(retention).toMatchObject({ retentionMonths: 24 });

    const me = await app.call('GET', '/api/me', { token: nadia });
    expect(me.body).toMatchObject({ userId: 'nadia', name: 'Nadia Tremblay', tenantId: 'local-tenant' });
    expect(me.body.communities).toContainEqual({ id: created.body.id, name: 'Partenaires en action', language: 'fr', role: 'facilitator' });
  });

  it('defaults the language to French and trims the name', async () => {
    const created = await app.call('POST', '/api/communities', { token: nadia, body: { name: '  Réseau  ' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Réseau', language: 'fr' });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 60 characters', { name: 'x'.repeat(61) }, 'name'],
    ['an unknown language', { name: 'Ok', language: 'de' }, 'language'],
    ['an unknown field', { name: 'Ok', admin: true }, ''],
    ['a wrong type', { name: 42 }, 'name'],
  ])('refuses %s with 400 and the field path', async (_label, body, path) => {
    const before = await app.call('GET', '/api/me', { token: nadia });
    const res = await app.call('POST', '/api/communities', { token: nadia, body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('error.validation');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    const after = await app.call('GET', '/api/me', { token: nadia });
    expect(after.body.communities).toHaveLength(before.body.communities.length);
  });

  it('refuses invalid JSON with 400 in the caller language', async () => {
    const en = await app.call('POST', '/api/communities', {
      token: nadia,
      raw: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(en.status).toBe(400);
    expect(en.body.error).toEqual({ code: 'error.invalidJson', message: 'The request body is not valid JSON.' });
    const fr = await app.call('POST', '/api/communities', { token: nadia, raw: 'nope', headers: { 'accept-language': 'fr-CA' } });
    expect(fr.body.error.message).toBe('Le corps de la requête n’est pas du JSON valide.');
  });

  it('lets a facilitator add a member, who then sees the community with their role', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Avec membres' } });
    const added = await app.call('POST', `/api/communities/${community.id}/members`, {
      token: nadia,
      body: { userId: 'marc', name: 'Marc-André Gagnon', role: 'member' },
    });
    expect(added.status).toBe(201);
    const marc = app.token({ userId: 'marc', name: 'Marc-André Gagnon' });
    const read = await app.call('GET', `/api/communities/${community.id}`, { token: marc });
    expect(read.status).toBe(200);
    expect(read.body.role).toBe('member');
    const me = await app.call('GET', '/api/me', { token: marc });
    expect(me.body.communities).toEqual([{ id: community.id, name: 'Avec membres', language: 'fr', role: 'member' }]);
    const bad = await app.call('POST', `/api/communities/${community.id}/members`, {
      token: nadia,
      body: { userId: 'x', name: 'X', role: 'owner' },
    });
    expect(bad.status).toBe(400);
  });

  it('answers unknown routes with 404 and wrong methods with 405, as JSON', async () => {
    expect((await app.call('GET', '/api/nothing-here', { token: nadia })).status).toBe(404);
    const wrong = await app.call('DELETE', '/api/communities', { token: nadia });
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe('error.methodNotAllowed');
  });
});
