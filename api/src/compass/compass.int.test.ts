import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;
let id: string;
const members = ['m1', 'm2', 'm3', 'm4', 'm5'];
beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  id = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Boussole' } })).body.id;
  for (const m of members) await app.deps.stores.communities.putMember('local-tenant', id, { userId: m, name: m, role: 'member' });
});

const answer = (token: string, run: number, ratings: Record<string, number>) =>
  app.call('PUT', `/api/communities/${id}/compass/runs/${run}/responses/me`, { token, body: { ratings } });

describe('community compass (integration, Azurite)', () => {
  it('opens runs, keeps one changeable response per person, and shows scores only from 5 respondents', async () => {
    expect((await app.call('POST', `/api/communities/${id}/compass/runs`, { token: app.token({ userId: 'm1' }) })).status).toBe(403);
    const run = await app.call('POST', `/api/communities/${id}/compass/runs`, { token: nadia });
    expect(run).toMatchObject({ status: 201, body: { number: 1 } });

    for (const [i, m] of members.slice(0, 4).entries())
      expect((await answer(app.token({ userId: m }), 1, { 'purpose.a': i + 1 })).status).toBe(200);
    let view = await app.call('GET', `/api/communities/${id}/compass`, { token: nadia });
    expect(view.body.dimensions).toHaveLength(10);
    expect(view.body.runs).toEqual([expect.objectContaining({ number: 1, respondents: 4, scores: null, mine: null })]);

    await answer(app.token({ userId: 'm1' }), 1, { 'purpose.a': 5 }); // changes, does not add
    await answer(app.token({ userId: 'm5' }), 1, { 'purpose.a': 4, 'trust.a': 2 });
    view = await app.call('GET', `/api/communities/${id}/compass`, { token: app.token({ userId: 'm5' }) });
    expect(view.body.runs[0]).toMatchObject({ respondents: 5, mine: { 'purpose.a': 4, 'trust.a': 2 } });
    // purpose.a answers: 5, 2, 3, 4, 4 → median 4
    expect(view.body.runs[0].scores.purpose).toEqual({ median: 4, min: 2, max: 5 });
  });

  it('refuses bad ratings and unknown runs, and stores responses without identities', async () => {
    const m1 = app.token({ userId: 'm1' });
    expect((await answer(m1, 1, { 'purpose.a': 9 })).status).toBe(400);
    expect((await answer(m1, 1, { 'nope.a': 3 })).status).toBe(400);
    expect((await answer(m1, 99, { 'purpose.a': 3 })).status).toBe(404);
    const raw: string[] = [];
    for await (const row of app.deps.tables.ballots.listEntities())
      if (String(row.partitionKey).includes('compass')) raw.push(JSON.stringify(row));
    expect(raw.length).toBe(5);
    for (const m of members) expect(raw.join('\n')).not.toContain(`"${m}"`);
  });
});
