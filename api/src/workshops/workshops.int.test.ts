import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

async function newCommunity(): Promise<string> {
  const res = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Atelier' } });
  return res.body.id;
}

async function read(id: string, n = 1) {
  return app.call('GET', `/api/communities/${id}/workshops/${n}`, { token: nadia });
}

function save(id: string, data: unknown, etag: string | undefined, n = 1) {
  return app.call('PUT', `/api/communities/${id}/workshops/${n}`, { token: nadia, body: data, headers: etag ? { 'if-match': etag } : {} });
}

describe('workshops (integration, Azurite)', () => {
  it('saves workshop 1 and reads back exactly what was saved, with version and author', async () => {
    const id = await newCommunity();
    const first = await read(id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ n: 1, data: {}, version: 0, state: 'notStarted' });
    expect(first.headers.get('etag')).toBe(first.body.etag);

    const saved = await save(id, exampleWorkshops[1], first.body.etag);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, state: 'done', missing: [], updatedBy: { userId: 'nadia', name: 'Nadia Tremblay' } });
    expect(saved.body.etag).not.toBe(first.body.etag);

    const again = await read(id);
    expect(again.body.data).toEqual(exampleWorkshops[1]);
    expect(again.body.etag).toBe(saved.body.etag);
    const community = await app.call('GET', `/api/communities/${id}`, { token: nadia });
    expect(community.body.workshops[0]).toMatchObject({ n: 1, state: 'done', version: 1 });
  });

  it('answers a stale ETag with 412 and the current version, and keeps the stored data', async () => {
    const id = await newCommunity();
    const { body: start } = await read(id);
    const a = await save(id, { name: 'Version A' }, start.etag);
    expect(a.status).toBe(200);
    const b = await save(id, { name: 'Version B' }, start.etag);
    expect(b.status).toBe(412);
    expect(b.body.error.code).toBe('error.conflict');
    expect(b.body.current).toMatchObject({
      data: { name: 'Version A' },
      version: 1,
      etag: a.body.etag,
      updatedBy: { name: 'Nadia Tremblay' },
    });
    expect((await read(id)).body.data).toEqual({ name: 'Version A' });
  });

  it('lets exactly one of ten simultaneous saves from the same version win', async () => {
    const id = await newCommunity();
    const { body: start } = await read(id);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => save(id, { name: `Écrit ${i}` }, start.etag)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const stored = await read(id);
    expect(stored.body).toMatchObject({ version: 1, data: winner.body.data });
  });

  it('requires If-Match (428) and refuses the * wildcard', async () => {
    const id = await newCommunity();
    expect((await save(id, { name: 'x' }, undefined)).status).toBe(428);
    const star = await save(id, { name: 'x' }, '*');
    expect(star.status).toBe(428);
    expect(star.body.error.message).toBe('The If-Match header is required to change a workshop.');
    expect((await read(id)).body.version).toBe(0);
  });

  it.each([
    ['wrong types', { name: 12, values: 'many' }, ['name', 'values']],
    ['over-long text', { purposeStatement: 'x'.repeat(401) }, ['purposeStatement']],
    ['an unknown field', { name: 'ok', hacked: true }, ['']],
    ['a nested unknown field', { values: [{ label: 'a', meaning: 'b', extra: 1 }] }, ['values.0']],
    ['too many values', { values: Array.from({ length: 6 }, () => ({ label: 'a', meaning: 'b' })) }, ['values']],
    ['a bad enum', { membershipPolicy: 'secret' }, ['membershipPolicy']],
    ['an array body', [1, 2], ['']],
  ])('refuses %s with 400 and field paths, leaving stored data untouched', async (_label, body, paths) => {
    const id = await newCommunity();
    const { body: start } = await read(id);
    const ok = await save(id, { name: 'Gardé' }, start.etag);
    const res = await save(id, body, ok.body.etag);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('error.validation');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(paths));
    for (const d of res.body.error.details) expect(typeof d.message).toBe('string');
    expect((await read(id)).body).toMatchObject({ data: { name: 'Gardé' }, version: 1 });
  });

  it('refuses invalid JSON with 400 and a body over 1 MB with 413', async () => {
    const id = await newCommunity();
    const { body: start } = await read(id);
    const broken = await app.call('PUT', `/api/communities/${id}/workshops/1`, {
      token: nadia,
      raw: '{"name":',
      headers: { 'if-match': start.etag },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('error.invalidJson');
    const huge = await app.call('PUT', `/api/communities/${id}/workshops/1`, {
      token: nadia,
      raw: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
      headers: { 'if-match': start.etag },
    });
    expect(huge.status).toBe(413);
    expect((await read(id)).body.version).toBe(0);
  });

  it('answers 404 for a workshop number outside 1..6', async () => {
    const id = await newCommunity();
    for (const n of ['0', '7', 'abc', '1.5'])
      expect((await app.call('GET', `/api/communities/${id}/workshops/${n}`, { token: nadia })).status).toBe(404);
  });

  it('stores every workshop, including an ecosystem larger than one Table property', async () => {
    const id = await newCommunity();
    for (const n of [2, 3, 4, 6] as const) {
      const { body } = await read(id, n);
      const res = await save(id, exampleWorkshops[n], body.etag, n);
      expect({ n, status: res.status, state: res.body.state }).toEqual({ n, status: 200, state: 'done' });
    }
    const stakeholders = Array.from({ length: 300 }, (_, i) => ({
      id: `s${i}`,
      name: `Partie prenante ${i} — ${'é'.repeat(60)}`,
      kind: 'organisation',
      tags: ['santé', 'partenariat'],
      power: (i % 5) + 1,
      interest: ((i * 3) % 5) + 1,
      disposition: 'neutral',
      notes: 'n'.repeat(250),
    }));
    const relationships = Array.from({ length: 1000 }, (_, i) => ({
      from: `s${i % 300}`,
      to: `s${(i * 7 + 1) % 300}`,
      type: 'informs',
      strength: 2,
    }));
    const big = {
      stakeholders,
      relationships,
      engagementPlan: [{ stakeholderId: 's1', action: 'Breffage', channel: 'Teams', frequency: 'Mensuel', owner: { name: 'Nadia' } }],
    };
    expect(JSON.stringify(big).length).toBeGreaterThan(32_000 * 3);
    const { body } = await read(id, 5);
    const res = await save(id, big, body.etag, 5);
    expect(res.status).toBe(200);
    expect((await read(id, 5)).body.data).toEqual(big);
    const community = await app.call('GET', `/api/communities/${id}`, { token: nadia });
    expect(community.body.workshops.map((w: { state: string }) => w.state)).toEqual(['notStarted', 'done', 'done', 'done', 'done', 'done']);
  });
});
