import { createHash } from 'node:crypto';
import { buildEcosystem, charterHeadingKeys as chapterKeys } from '@elan/core/documents/charter/exampleCharterInput';
import type { DecisionRecord } from '@elan/core/decisions/decision';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useTestApp } from '../testing/testApp';
import { type Docx, leakedPlaceholders, packageProblems, pngSignature, readDocx } from './testing/docxInspector';

const tenant = 'local-tenant';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const emails = ['marc.gagnon@cisss.example', 'helene.bouchard@cisss.example'];

const app = useTestApp();
let nadia: string;
let marc: string;
let helene: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
  marc = app.token({ userId: 'marc', name: 'Marc-André Gagnon' });
  helene = app.token({ userId: 'helene', name: 'Hélène Bouchard' });
});

/** Downloads a document as bytes (the test app's `call` reads text). */
async function download(path: string, token: string, lang: Locale = 'en') {
  const res = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(bytes.toString('utf8')) };
}

async function newCommunity(name = 'Partenaires en action'): Promise<string> {
  const res = await app.call('POST', '/api/communities', { token: nadia, body: { name, language: 'fr' } });
  return res.body.id;
}

async function addMember(id: string, userId: string, name: string, role: string) {
  expect((await app.call('POST', `/api/communities/${id}/members`, { token: nadia, body: { userId, name, role } })).status).toBe(201);
}

async function saveWorkshop(id: string, n: number, data: unknown) {
  const { body } = await app.call('GET', `/api/communities/${id}/workshops/${n}`, { token: nadia });
  const res = await app.call('PUT', `/api/communities/${id}/workshops/${n}`, {
    token: nadia,
    body: data,
    headers: { 'if-match': body.etag },
  });
  expect({ n, status: res.status }).toEqual({ n, status: 200 });
}

function decision(overrides: Partial<DecisionRecord>): Omit<DecisionRecord, 'number'> {
  return {
    pollId: null,
    question: 'Adopter l’énoncé de raison d’être?',
    method: 'consent',
    quorumPct: 50,
    quorumMet: true,
    voters: 12,
    eligible: 16,
    counts: { consent: 12 },
    outcome: 'adopted',
    result: 'Raison d’être adoptée',
    subject: 'purpose',
    decidedAt: '2026-10-01T15:00:00.000Z',
    ...overrides,
  };
}

/** A community with all six workshops, a 24-stakeholder map, three people and two decisions. */
async function fullCommunity(): Promise<{ id: string; decisions: DecisionRecord[] }> {
  const id = await newCommunity();
  await addMember(id, 'marc', `Marc-André Gagnon <${emails[0]}>`, 'member');
  await addMember(id, 'helene', 'Hélène Bouchard', 'sponsor');
  const w1 = {
    ...exampleWorkshops[1],
    sponsors: [
      {
        person: { name: 'Hélène Bouchard' },
        role: 'Directrice adjointe DQEPE',
        expectations: `Un rapport annuel; joindre ${emails[1]} ou le 514 555-0199.`,
      },
    ],
  };
  await saveWorkshop(id, 1, w1);
  for (const n of [2, 3, 4, 6]) await saveWorkshop(id, n, exampleWorkshops[n as 2]);
  await saveWorkshop(id, 5, buildEcosystem(24, 40));
  const decisions = [
    await app.deps.stores.decisions.append(tenant, id, decision({})),
    await app.deps.stores.decisions.append(
      tenant,
      id,
      decision({
        question: 'Priorités de l’année',
        method: 'dotVote',
        quorumMet: false,
        voters: 5,
        outcome: 'chosen',
        result: 'P1 et P2',
        subject: null,
      }),
    ),
  ];
  return { id, decisions };
}

function expectValid(docx: Docx) {
  expect(packageProblems(docx.files)).toEqual([]);
  for (const p of docx.paragraphs) expect({ p, leak: leakedPlaceholders.test(p) }).toEqual({ p, leak: false });
}

describe('GET /api/communities/{id}/charter.docx (integration, Azurite)', () => {
  let community: { id: string; decisions: DecisionRecord[] };
  beforeAll(async () => {
    community = await fullCommunity();
  });

  it.each(['fr', 'en'] as Locale[])('writes the whole charter in %s from the stored workshops and decision log', async (lang) => {
    const res = await download(`/api/communities/${community.id}/charter.docx?lang=${lang}`, nadia);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(docxType);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^(Charte|Charter) - Partenaires en action - v\d+\.docx$/);
    const docx = readDocx(res.bytes);
    expectValid(docx);
    for (const key of chapterKeys) expect(docx.paragraphs).toContain(translate(lang, key));
    const text = docx.paragraphs.join('\n');
    // One piece of stored data from each workshop.
    expect(text).toContain(exampleWorkshops[1].purposeStatement as string);
    expect(text).toContain('Les patients partenaires quittent les comités après une ou deux rencontres');
    expect(text).toContain('Séance de travail');
    expect(text).toContain('Rencontre de résolution animée par une personne neutre.');
    expect(text).toContain('Partie prenante 23');
    expect(text).toContain('Rétention à 6 mois');
    // The map is an image.
    expect(docx.images).toHaveLength(1);
    expect(docx.images[0]!.subarray(0, 8)).toEqual(pngSignature);
    expect(docx.xml('docProps/core.xml')).toContain(`<dc:language>${lang}-CA</dc:language>`);
    // The internal copy keeps what members typed.
    expect(text).toContain(emails[0]);
  });

  it('writes one decision-log row per stored decision', async () => {
    const res = await download(`/api/communities/${community.id}/charter.docx?lang=en`, nadia);
    const xml = readDocx(res.bytes).xml('word/document.xml');
    const tableRows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    );
    const log = tableRows.filter((cells) => cells.length === 6 && /^\d+$/.test(cells[0]!));
    expect(log).toEqual(
      community.decisions.map((d) => [
        String(d.number),
        'October 1, 2026',
        d.question,
        d.method === 'consent' ? 'Consent' : 'Dot vote',
        `${d.quorumMet ? 'Yes' : 'No'} (${d.voters} of ${d.eligible}; threshold ${d.quorumPct}%)`,
        `${d.outcome === 'adopted' ? 'Adopted' : 'Chosen'} — ${d.result}`,
      ]),
    );
  });

  it('keeps every email and phone number out of the sponsor copy', async () => {
    const res = await download(`/api/communities/${community.id}/charter.docx?audience=sponsors`, nadia);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toMatch(/ - commanditaires\.docx$/);
    const docx = readDocx(res.bytes);
    expectValid(docx);
    for (const [name, data] of docx.files) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xml = data.toString('utf8');
      expect({ name, email: /[\w.+-]+@[\w-]+\.[\w.]+/.test(xml.replace(/xmlns(:\w+)?="[^"]*"/g, '')) }).toEqual({ name, email: false });
      expect({ name, phone: xml.includes('555-0199') }).toEqual({ name, phone: false });
    }
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('[coordonnées retirées]');
    expect(text).toContain('Marc-André Gagnon');
    expect(text).toContain(translate('fr', 'doc.cover.copy.sponsors'));
  });

  it('records each generation with its hash, size, language, audience and author, and numbers versions', async () => {
    const { id } = await fullCommunity();
    const first = await download(`/api/communities/${id}/charter.docx?lang=en`, nadia);
    const second = await download(`/api/communities/${id}/charter.docx?audience=sponsors`, marc);
    const records = await app.deps.stores.documents.list(tenant, id, 'charter');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      kind: 'charter',
      version: 1,
      language: 'en',
      audience: 'facilitators',
      generatedBy: { userId: 'nadia', name: 'Nadia Tremblay' },
      sha256: createHash('sha256').update(first.bytes).digest('hex'),
      bytes: first.bytes.length,
    });
    expect(records[1]).toMatchObject({ version: 2, language: 'fr', audience: 'sponsors', generatedBy: { userId: 'marc' } });
    expect(records[1]!.sha256).toBe(createHash('sha256').update(second.bytes).digest('hex'));
    // The next charter lists both in its version history and calls itself version 3.
    const third = readDocx((await download(`/api/communities/${id}/charter.docx?lang=en`, nadia)).bytes);
    expect(third.paragraphs).toContain('Annex C — Version history');
    expect(third.paragraphs.join('\n')).toContain('Partenaires en action · Charter · version 3');
  });

  it('shows the adopting decision on the cover once the charter is adopted', async () => {
    const { id } = await fullCommunity();
    const adopted = await app.deps.stores.decisions.append(
      tenant,
      id,
      decision({ question: 'Adopter la charte?', subject: 'charter', decidedAt: new Date(Date.now() + 60_000).toISOString() }),
    );
    const text = readDocx((await download(`/api/communities/${id}/charter.docx?lang=en`, nadia)).bytes).paragraphs.join('\n');
    expect(text).toContain(`by decision ${adopted.number}`);
    expect(text).not.toContain('Working draft, not adopted yet');
  });

  it('writes an empty community as "to be completed" chapters in a valid package', async () => {
    const id = await newCommunity('Vide');
    const res = await download(`/api/communities/${id}/charter.docx`, nadia);
    expect(res.status).toBe(200);
    const docx = readDocx(res.bytes);
    expectValid(docx);
    expect(docx.paragraphs.filter((p) => p === translate('fr', 'doc.chapterToComplete'))).toHaveLength(6);
    expect(docx.images).toHaveLength(0);
    for (const key of chapterKeys) expect(docx.paragraphs).toContain(translate('fr', key));
  });

  it('lets members read, gives sponsors only their copy, and hides the community from outsiders', async () => {
    const { id } = community;
    const asMember = await download(`/api/communities/${id}/charter.docx`, marc);
    expect(asMember.status).toBe(200);
    expect(readDocx(asMember.bytes).paragraphs).toContain(translate('fr', 'doc.cover.copy.facilitators'));
    const asSponsor = await download(`/api/communities/${id}/charter.docx`, helene);
    expect(asSponsor.status).toBe(200);
    expect(readDocx(asSponsor.bytes).paragraphs).toContain(translate('fr', 'doc.cover.copy.sponsors'));
    const forbidden = await download(`/api/communities/${id}/charter.docx?audience=facilitators`, helene);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json().error).toEqual({ code: 'error.forbidden', message: translate('en', 'error.forbidden') });
    const stranger = app.token({ userId: 'stranger' });
    expect((await download(`/api/communities/${id}/charter.docx`, stranger)).status).toBe(404);
    const otherTenant = app.token({ userId: 'nadia', name: 'Nadia Tremblay', tenantId: 'other-tenant' });
    expect((await download(`/api/communities/${id}/charter.docx`, otherTenant)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/communities/${id}/charter.docx`)).status).toBe(401);
  });

  it('refuses an unknown language or audience with a translated 400', async () => {
    const res = await download(`/api/communities/${community.id}/charter.docx?lang=de&audience=everyone`, nadia, 'fr');
    expect(res.status).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('error.validation');
    expect(error.message).toBe(translate('fr', 'error.validation'));
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(['audience', 'lang']);
  });
});
