import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();
const tenant = 'local-tenant';
let nadia: string, ana: string, ben: string, sam: string, stranger: string;

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  ana = app.token({ userId: 'ana', name: 'Ana' });
  ben = app.token({ userId: 'ben', name: 'Ben' });
  sam = app.token({ userId: 'sam', name: 'Sam' });
  stranger = app.token({ userId: 'zoe', name: 'Zoé' });
});

const capture = (minutesVisibility: 'members' | 'core') => ({
  minutesVisibility,
  summaryVisibility: 'organisation',
  resourcesLocation: 'SharePoint',
  dueWorkingDays: 3,
});

/** A community with Ana and Ben (members), Sam (sponsor) and workshop 3's weekly meetings from 9 March 2027. */
async function community(minutes: 'members' | 'core' = 'members') {
  const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Carnets' } });
  for (const [userId, role] of [
    ['ana', 'member'],
    ['ben', 'member'],
    ['sam', 'sponsor'],
  ] as const)
    await app.deps.stores.communities.putMember(tenant, body.id, { userId, name: userId[0]!.toUpperCase() + userId.slice(1), role });
  await saveW3(body.id, ritualsInput({ capture: capture(minutes) }));
  return body.id as string;
}

async function saveW3(id: string, data: Record<string, unknown>) {
  const w3 = await app.call('GET', `/api/communities/${id}/workshops/3`, { token: nadia });
  expect(
    (await app.call('PUT', `/api/communities/${id}/workshops/3`, { token: nadia, body: data, headers: { 'if-match': w3.body.etag } }))
      .status,
  ).toBe(200);
}

const base = (id: string) => `/api/communities/${id}/notebooks`;
const open = (id: string, token: string, body: unknown) => app.call('POST', base(id), { token, body });
const read = (id: string, nid: string, token: string) => app.call('GET', `${base(id)}/${nid}`, { token });
const save = (id: string, nid: string, token: string, body: unknown, etag?: string) =>
  app.call('PUT', `${base(id)}/${nid}`, { token, body, headers: etag ? { 'if-match': etag } : {} });
const search = (id: string, token: string, query = '') => app.call('GET', `${base(id)}${query}`, { token });

/** What the note-taker writes after the meeting of 16 March. */
const written = {
  title: 'Éducation thérapeutique',
  tags: ['outils', 'Triage'],
  minutes: { text: 'Détails confidentiels de la discussion sur le cas de M. X.', url: 'https://contoso.sharepoint.com/minutes' },
  summary: 'Nous avons comparé trois outils d’éducation thérapeutique.',
  resources: [
    { id: 'r1', url: 'https://example.org/gabarit', description: 'Gabarit de plan d’enseignement', tags: ['gabarit'], public: true },
    { id: 'r2', fileName: 'liste-interne.xlsx', description: 'Liste interne des participants', tags: [], public: false },
  ],
  recording: { url: 'https://contoso.sharepoint.com/recording', consent: true },
};

describe('meeting notebooks (integration, Azurite)', () => {
  it('opens one notebook per meeting day of workshop 3, once, and refuses days without a meeting, sponsors and outsiders', async () => {
    const id = await community();
    const [first, second] = await Promise.all([
      open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' }),
      open(id, ben, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe('m20270316');
    expect(second.body.etag).toBe(first.body.etag);
    expect((await open(id, ana, { kind: 'between' })).status).toBe(201);

    const wednesday = await open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-17' });
    expect(wednesday.status).toBe(400);
    expect(wednesday.body.error.code).toBe('notebook.error.noSuchMeeting');
    for (const body of [{}, { kind: 'meeting', date: '2027-02-30' }, { kind: 'meeting', seriesId: '../x', date: '2027-03-16' }, 'carnet'])
      expect({ body, status: (await open(id, ana, body)).status }).toEqual({ body, status: 400 });
    expect((await open(id, sam, { kind: 'between' })).status).toBe(403);
    expect((await open(id, stranger, { kind: 'between' })).status).toBe(404);
    expect((await search(id, nadia)).body.notebooks.map((n: any) => n.id)).toEqual(['between', 'm20270316']);
  });

  it('saves with ETags: the note-taker drafts, a member takes over, bad input and stale versions change nothing', async () => {
    const id = await community();
    const { body: opened } = await open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' });
    expect((await save(id, opened.id, ana, written)).status).toBe(428);
    const saved = await save(id, opened.id, ana, written, opened.etag);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe(saved.body.etag);
    expect(saved.body).toMatchObject({
      title: 'Éducation thérapeutique',
      status: 'draft',
      capturedBy: { userId: 'ana' },
      takenOverBy: null,
    });
    expect(saved.body.resources.map((r: any) => [r.id, r.sharedBy.name])).toEqual([
      ['r1', 'Ana'],
      ['r2', 'Ana'],
    ]);

    // The version Ana started from is gone: a second save with it is a conflict showing what is stored.
    const stale = await save(id, opened.id, ben, { ...written, title: 'Autre' }, opened.etag);
    expect(stale.status).toBe(412);
    expect(stale.body.current.title).toBe('Éducation thérapeutique');
    // Bad input: a recording without consent, a link that is not one, an unknown field, a resource without target.
    const bad = [
      { ...written, recording: { url: 'https://x.example/r', consent: false } },
      { ...written, minutes: { text: '', url: 'javascript:alert(1)' } },
      { ...written, extra: true },
      { ...written, resources: [{ id: 'r3', description: 'rien' }] },
      { ...written, summary: 'x'.repeat(3_501) },
    ];
    for (const body of bad) expect((await save(id, opened.id, ben, body, saved.body.etag)).status).toBe(400);
    expect((await read(id, opened.id, nadia)).body.etag).toBe(saved.body.etag);

    // Two members save the same version at once: one wins, the other is told.
    const both = await Promise.all([
      save(
        id,
        opened.id,
        ben,
        { ...written, resources: [...written.resources, { id: 'r3', url: 'https://example.org/ben', description: 'Ben’s link' }] },
        saved.body.etag,
      ),
      save(id, opened.id, nadia, { ...written, title: 'Titre de Nadia' }, saved.body.etag),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 412]);
    const benWon = both[0]!.status === 200;
    const now = (await read(id, opened.id, nadia)).body;
    expect(now.title).toBe(benWon ? 'Éducation thérapeutique' : 'Titre de Nadia');
    if (!benWon) {
      // Ben adds his link to what is stored now (Nadia's title), as the tab would after the conflict: his notes are unchanged.
      const again = await save(
        id,
        opened.id,
        ben,
        {
          ...written,
          title: now.title,
          resources: [...written.resources, { id: 'r3', url: 'https://example.org/ben', description: 'Ben’s link' }],
        },
        now.etag,
      );
      expect(again.status).toBe(200);
    }
    const withLink = (await read(id, opened.id, nadia)).body;
    // Adding a resource is not taking the notes over.
    expect(withLink.takenOverBy).toBeNull();
    const rewritten = {
      ...written,
      summary: 'Synthèse complétée par Ben.',
      resources: withLink.resources.map(({ sharedBy: _b, sharedAt: _a, ...r }: any) => r),
    };
    expect((await save(id, opened.id, ben, rewritten, withLink.etag)).status).toBe(200);
    const final = (await read(id, opened.id, nadia)).body;
    // Ben wrote the notes after Ana: he took them over (recorded); resources keep who shared them.
    expect(final.takenOverBy).toMatchObject({ userId: 'ben' });
    expect(final.capturedBy).toMatchObject({ userId: 'ana' });
    expect(final.resources.map((r: any) => [r.id, r.sharedBy.name])).toEqual([
      ['r1', 'Ana'],
      ['r2', 'Ana'],
      ['r3', 'Ben'],
    ]);
  });

  it('shows sponsors only an approved notebook’s public part, never the minutes; a member’s change sends it back to draft', async () => {
    const id = await community();
    const { body: opened } = await open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' });
    const saved = (await save(id, opened.id, ana, written, opened.etag)).body;
    expect((await read(id, opened.id, sam)).status).toBe(404);
    expect((await search(id, sam)).body.notebooks).toEqual([]);
    expect((await read(id, opened.id, stranger)).status).toBe(404);
    expect((await read(id, 'm20270317', nadia)).status).toBe(404);
    expect((await read(id, 'nope', nadia)).status).toBe(404);

    const approve = (token: string, etag?: string) =>
      app.call('POST', `${base(id)}/${opened.id}/approve`, { token, headers: etag ? { 'if-match': etag } : {} });
    expect((await approve(ana, saved.etag)).status).toBe(403);
    expect((await approve(nadia)).status).toBe(428);
    expect((await approve(nadia, opened.etag)).status).toBe(412);
    const approved = await approve(nadia, saved.etag);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: { userId: 'nadia' } });

    const asSponsor = await read(id, opened.id, sam);
    expect(asSponsor.status).toBe(200);
    expect(asSponsor.body).toMatchObject({
      summary: written.summary,
      minutes: { text: '' },
      recording: null,
      capturedBy: null,
      updatedBy: null,
      seesMinutes: false,
    });
    expect(asSponsor.body.resources.map((r: any) => r.id)).toEqual(['r1']);
    const sponsorText = JSON.stringify(asSponsor.body) + JSON.stringify((await search(id, sam, '?q=confidentiels')).body);
    expect(sponsorText).not.toContain('confidentiels');
    expect(sponsorText).not.toContain('liste-interne');
    expect(sponsorText).not.toContain('contoso.sharepoint.com/recording');

    const edited = await save(id, opened.id, ben, { ...written, summary: 'Synthèse revue.' }, approved.body.etag);
    expect(edited.body).toMatchObject({ status: 'draft', approvedBy: null });
    expect((await read(id, opened.id, sam)).status).toBe(404);
  });

  it('keeps the minutes to the core group when workshop 3 says so: members neither read nor overwrite them', async () => {
    const id = await community('core');
    const { body: opened } = await open(id, nadia, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' });
    const saved = (await save(id, opened.id, nadia, written, opened.etag)).body;
    const asMember = (await read(id, opened.id, ana)).body;
    expect(asMember).toMatchObject({ minutes: { text: '' }, seesMinutes: false, summary: written.summary });
    expect(JSON.stringify(asMember)).not.toContain('confidentiels');
    expect((await search(id, ana, '?q=confidentiels')).body.notebooks).toEqual([]);
    expect((await save(id, opened.id, ana, { ...written, minutes: { text: 'écrasé' } }, saved.etag)).status).toBe(200);
    expect((await read(id, opened.id, nadia)).body.minutes.text).toBe(written.minutes.text);
  });

  it('finds notebooks and resources by words and tags, accents and case folded', async () => {
    const id = await community();
    const { body: a } = await open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-16' });
    await save(id, a.id, ana, written, a.etag);
    const { body: b } = await open(id, ana, { kind: 'meeting', seriesId: 'main', date: '2027-03-23' });
    await save(id, b.id, ana, { title: 'Soins à domicile', tags: ['domicile'], summary: 'Visites et suivi.' }, b.etag);
    const ids = async (query: string) => (await search(id, ana, query)).body.notebooks.map((n: any) => n.id);
    expect(await ids('')).toEqual(['m20270323', 'm20270316']);
    expect(await ids('?q=EDUCATION')).toEqual(['m20270316']);
    expect(await ids('?q=soins%20domicile')).toEqual(['m20270323']);
    expect(await ids('?tag=triage')).toEqual(['m20270316']);
    expect(await ids('?q=introuvable')).toEqual([]);
    const byResource = (await search(id, ana, '?q=gabarit')).body;
    expect(byResource.notebooks.map((n: any) => [n.id, n.matched])).toEqual([['m20270316', false]]);
    expect(byResource.resources.map((r: any) => [r.notebookId, r.resource.id])).toEqual([['m20270316', 'r1']]);
  });
});
