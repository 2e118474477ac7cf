import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, invokeCardAction } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** A community with data in every table: workshop history, polls and ballots, a decision, compass, a linked channel, a document. */
async function fullCommunity(name: string, channel: string) {
  const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name } });
  const id = body.id as string;
  for (const m of ['m1', 'm2'])
    await app.call('POST', `/api/communities/${id}/members`, { token: nadia, body: { userId: m, name: `Membre ${m}`, role: 'member' } });
  for (const data of [{ name }, exampleWorkshops[1]]) {
    const w = await app.call('GET', `/api/communities/${id}/workshops/1`, { token: nadia });
    await app.call('PUT', `/api/communities/${id}/workshops/1`, { token: nadia, body: data, headers: { 'if-match': w.body.etag } });
  }
  await app.call('POST', '/api/messages', {
    body: {
      type: 'installationUpdate',
      action: 'add',
      id: 'i1',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: '29:nadia', aadObjectId: 'nadia' },
      recipient: { id: '28:bot' },
      conversation: { id: channel, tenantId: 'local-tenant', conversationType: 'channel' },
    },
  });
  await app.call('POST', `/api/communities/${id}/conversations`, { token: nadia, body: { conversationId: channel } });
  const named = await app.call('POST', `/api/communities/${id}/polls`, { token: nadia, body: { question: 'Nommé?', method: 'consent' } });
  const anonymous = await app.call('POST', `/api/communities/${id}/polls`, {
    token: nadia,
    body: { question: 'Anonyme?', method: 'score', anonymous: true },
  });
  for (const m of ['m1', 'm2']) {
    await invokeCardAction(app, connector.serviceUrl, { aadObjectId: m, name: m }, actionData(named.body.card, 'poll.vote', 'agree'));
    await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: m, name: m },
      { ...actionData(anonymous.body.card, 'poll.vote'), score: '4' },
    );
  }
  await app.call('POST', `/api/communities/${id}/polls/${named.body.poll.id}/close`, { token: nadia });
  await app.call('POST', `/api/communities/${id}/compass/runs`, { token: nadia });
  await app.call('PUT', `/api/communities/${id}/compass/runs/1/responses/me`, {
    token: app.token({ userId: 'm1' }),
    body: { ratings: { 'purpose.a': 4 } },
  });
  expect((await app.call('GET', `/api/communities/${id}/charter.docx`, { token: nadia })).status).toBe(200);
  return { id, anonymousPollId: anonymous.body.poll.id as string };
}

/** Every row of every table, as text, to search for traces of a community. */
async function everyRow(): Promise<string[]> {
  const rows: string[] = [];
  for (const table of Object.values(app.deps.tables)) for await (const row of table.listEntities()) rows.push(JSON.stringify(row));
  return rows;
}

describe('privacy: export and erase a community (integration, Azurite)', () => {
  it('exports everything to facilitators only, with counts but no individual ballots', async () => {
    const { id, anonymousPollId } = await fullCommunity('Exportée', '19:export@thread');
    expect((await app.call('GET', `/api/communities/${id}/export`, { token: app.token({ userId: 'm1' }) })).status).toBe(403);
    const res = await app.call('GET', `/api/communities/${id}/export`, { token: nadia });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`elan-export-${id}.json`);
    expect(res.body.workshops[0]).toMatchObject({ n: 1, version: 2, data: exampleWorkshops[1] });
    expect(res.body.workshops[0].versions).toHaveLength(2);
    expect(res.body.decisions).toHaveLength(1);
    expect(res.body.members.map((m: any) => m.userId).sort()).toEqual(['m1', 'm2', 'nadia']);
    const anonymous = res.body.polls.find((p: any) => p.id === anonymousPollId);
    expect(anonymous.counts['4']).toBe(2);
    expect(JSON.stringify(res.body.polls)).not.toMatch(/"m1"|"m2"|voterId/);
  });

  it('erases every row of a community, after the name is confirmed, and leaves the others intact', async () => {
    const doomed = await fullCommunity('À supprimer', '19:doomed@thread');
    const kept = await fullCommunity('À garder', '19:kept@thread');
    const keptRowsBefore = (await everyRow()).filter((r) => r.includes(kept.id)).length;
    expect((await everyRow()).filter((r) => r.includes(doomed.id)).length).toBeGreaterThan(20);

    const member = await app.call('DELETE', `/api/communities/${doomed.id}`, {
      token: app.token({ userId: 'm1' }),
      body: { confirmName: 'À supprimer' },
    });
    expect(member.status).toBe(403);
    const wrong = await app.call('DELETE', `/api/communities/${doomed.id}`, { token: nadia, body: { confirmName: 'À garder' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([expect.objectContaining({ path: 'confirmName', code: 'privacy.confirmMismatch' })]);
    expect((await app.call('GET', `/api/communities/${doomed.id}`, { token: nadia })).status).toBe(200);

    const erased = await app.call('DELETE', `/api/communities/${doomed.id}`, { token: nadia, body: { confirmName: 'À supprimer' } });
    expect(erased.status).toBe(204);
    expect((await everyRow()).filter((r) => r.includes(doomed.id))).toEqual([]);
    expect((await app.call('GET', `/api/communities/${doomed.id}`, { token: nadia })).status).toBe(404);
    const me = await app.call('GET', '/api/me', { token: app.token({ userId: 'm1' }) });
    const mine = me.body.communities.map((c: any) => c.id);
    expect(mine).toContain(kept.id);
    expect(mine).not.toContain(doomed.id);
    expect((await everyRow()).filter((r) => r.includes(kept.id)).length).toBe(keptRowsBefore);
  }, 60_000);
});
