import { type TestApp, startTestApp } from './testing/testApp';

let app: TestApp;
let nadia: string;

beforeAll(async () => {
  app = await startTestApp();
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});
afterAll(() => app.stop());

describe('faults (integration, Azurite)', () => {
  it('loses no update when two facilitators save the same workshop 100 times in alternation', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Duo' } });
    await app.call('POST', `/api/communities/${community.id}/members`, {
      token: nadia,
      body: { userId: 'marc', name: 'Marc', role: 'facilitator' },
    });
    const editors = [nadia, app.token({ userId: 'marc', name: 'Marc' })];
    const url = `/api/communities/${community.id}/workshops/1`;
    const etags = await Promise.all(editors.map(async (token) => (await app.call('GET', url, { token })).body.etag as string));
    let landed = 0;
    let conflicts = 0;
    let last = '';
    for (let i = 0; i < 100; i++) {
      const who = i % 2;
      const name = `Version ${i}`;
      const res = await app.call('PUT', url, { token: editors[who], body: { name }, headers: { 'if-match': etags[who]! } });
      if (res.status === 200) {
        landed += 1;
        last = name;
        etags[who] = res.body.etag;
      } else {
        expect(res.status).toBe(412);
        conflicts += 1;
        // The editor sees the other version and keeps theirs, as the tab's conflict dialog lets them.
        etags[who] = res.body.current.etag;
        const retried = await app.call('PUT', url, { token: editors[who], body: { name }, headers: { 'if-match': etags[who]! } });
        expect(retried.status).toBe(200);
        landed += 1;
        last = name;
        etags[who] = retried.body.etag;
      }
    }
    expect(conflicts).toBeGreaterThan(90);
    const final = await app.call('GET', url, { token: nadia });
    expect(final.body).toMatchObject({ version: landed, data: { name: last } });
    const versions = await app.call('GET', `${url}/versions`, { token: nadia });
    expect(versions.body.versions).toHaveLength(landed);
  }, 120_000);
});
