import { readDocx } from '../documents/testing/docxInspector';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;
let julie: string;
beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
  julie = app.token({ userId: 'julie', name: 'Julie Roy' });
});

/** A community with a second facilitator and one closed poll: its decision number. */
async function decided(): Promise<{ id: string; number: number }> {
  const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Issues' } });
  await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: 'julie', name: 'Julie Roy', role: 'facilitator' });
  await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: 'marc', name: 'Marc', role: 'member' });
  const poll = await app.call('POST', `/api/communities/${body.id}/polls`, {
    token: nadia,
    body: { question: 'Essayer?', method: 'consent' },
  });
  const closed = await app.call('POST', `/api/communities/${body.id}/polls/${poll.body.poll.id}/close`, { token: nadia });
  return { id: body.id, number: closed.body.decision.number };
}

const put = (id: string, n: number | string, body: unknown, token: string, etag?: string) =>
  app.call('PUT', `/api/communities/${id}/decisions/${n}/statement`, { token, body, ...(etag ? { headers: { 'if-match': etag } } : {}) });
const log = async (id: string) => (await app.call('GET', `/api/communities/${id}/decisions`, { token: nadia })).body.decisions;

describe('outcome statements on the decision log (integration, Azurite)', () => {
  it('writes the statement and review date beside the unchanged log entry, and rewrites it only from the current version', async () => {
    const { id, number } = await decided();
    const [before] = await log(id);
    const first = await put(id, number, { text: 'Essai de six mois, bilan en juin.', reviewOn: '2027-06-01' }, nadia);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')!).toBeTruthy();
    const [after] = await log(id);
    expect(after).toEqual({
      ...before,
      statement: {
        text: 'Essai de six mois, bilan en juin.',
        reviewOn: '2027-06-01',
        by: { userId: 'nadia', name: 'Nadia Tremblay' },
        at: expect.any(String),
      },
      statementEtag: first.headers.get('etag')!,
    });

    // Two facilitators rewrite from the same version: the second is told, with what is stored now.
    expect((await put(id, number, { text: 'Sans version' }, julie)).status).toBe(428);
    const nadiaEdit = await put(id, number, { text: 'Essai de six mois.', reviewOn: null }, nadia, first.headers.get('etag')!);
    expect(nadiaEdit.status).toBe(200);
    const julieEdit = await put(id, number, { text: 'Autre texte' }, julie, first.headers.get('etag')!);
    expect(julieEdit.status).toBe(412);
    expect(julieEdit.body.current.statement).toMatchObject({ text: 'Essai de six mois.', reviewOn: null });
    expect((await log(id))[0].statement).toMatchObject({ text: 'Essai de six mois.', reviewOn: null, by: { name: 'Nadia Tremblay' } });
  });

  it('prints the statement and review date in the charter’s decision annex (docx parsed back)', async () => {
    const { id, number } = await decided();
    expect((await put(id, number, { text: 'On essaie la trousse.', reviewOn: '2027-06-01' }, nadia)).status).toBe(200);
    const res = await fetch(`${app.baseUrl}/api/communities/${id}/charter.docx?lang=fr`, { headers: { authorization: `Bearer ${nadia}` } });
    expect(res.status).toBe(200);
    const text = readDocx(Buffer.from(await res.arrayBuffer())).paragraphs.join('\n');
    expect(text).toContain('« On essaie la trousse. »');
    expect(text).toContain('À réviser le 1 juin 2027.');
  });

  it('refuses bad input, members and unknown decisions, changing nothing', async () => {
    const { id, number } = await decided();
    const bad = [{ text: '' }, { text: 'x'.repeat(1001) }, { text: 'Ok', reviewOn: '2027-13-40' }, { text: 'Ok', extra: 1 }, 'texte'];
    for (const body of bad) expect({ body, status: (await put(id, number, body, nadia)).status }).toEqual({ body, status: 400 });
    expect((await put(id, number, { text: 'Ok' }, app.token({ userId: 'marc' }))).status).toBe(403);
    expect((await put(id, 99, { text: 'Ok' }, nadia)).status).toBe(404);
    expect((await put(id, 'abc', { text: 'Ok' }, nadia)).status).toBe(404);
    expect((await log(id))[0].statement).toBeUndefined();
  });
});
