import { readZip } from '../documents/testing/zipReader';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells; independent of the writer. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  expect(row).toEqual([]);
  return rows;
}

/** A CSV as objects keyed by its header. */
function records(files: Map<string, Buffer>, name: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(files.get(name)!.toString('utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

async function download(path: string, token: string) {
  const res = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('privacy: export as a ZIP of JSON and CSV (integration, Azurite)', () => {
  it('holds the JSON export and one CSV per table, with formula-looking cells neutralised', async () => {
    const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: '=cmd|"/c calc"!A1' } });
    const id = body.id as string;
    const hostileNames = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', 'Zoé, "la" membre'];
    for (const [i, name] of hostileNames.entries())
      await app.call('POST', `/api/communities/${id}/members`, { token: nadia, body: { userId: `m${i}`, name, role: 'member' } });
    const w = await app.call('GET', `/api/communities/${id}/workshops/1`, { token: nadia });
    await app.call('PUT', `/api/communities/${id}/workshops/1`, {
      token: nadia,
      body: { name: '@evil' },
      headers: { 'if-match': w.body.etag },
    });
    const poll = await app.call('POST', `/api/communities/${id}/polls`, {
      token: nadia,
      body: { question: '=HYPERLINK("http://evil.example","clic")', method: 'consent' },
    });
    expect(poll.status).toBe(201);
    const pulse = await app.call('POST', `/api/communities/${id}/surveys`, {
      token: nadia,
      body: { kind: 'pulse', items: ['P1', 'P15'], threshold: 3 },
    });
    for (const i of [0, 1, 2])
      await app.call('POST', `/api/communities/${id}/surveys/${pulse.body.survey.id}/responses`, {
        token: app.token({ userId: `m${i}` }),
        body: { answers: { P1: 4, P15: '=2+2 open text' } },
      });
    const small = await app.call('POST', `/api/communities/${id}/surveys`, { token: nadia, body: { kind: 'needs' } });
    await app.call('POST', `/api/communities/${id}/surveys/${small.body.survey.id}/responses`, {
      token: app.token({ userId: 'm0' }),
      body: { answers: { situation: 'A lone answer' } },
    });

    const res = await download(`/api/communities/${id}/export?format=zip`, nadia);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain(`elan-export-${id}.zip`);
    const files = readZip(res.bytes);
    expect([...files.keys()].sort()).toEqual(
      [
        'export.json',
        'community.csv',
        'members.csv',
        'workshops.csv',
        'workshop-versions.csv',
        'polls.csv',
        'decisions.csv',
        'compass-runs.csv',
        'documents.csv',
        'linked-conversations.csv',
        'surveys.csv',
        'meetings.csv',
      ].sort(),
    );

    const asJson = await app.call('GET', `/api/communities/${id}/export`, { token: nadia });
    const inZip = JSON.parse(files.get('export.json')!.toString('utf8'));
    expect({ ...inZip, exportedAt: undefined }).toEqual({ ...asJson.body, exportedAt: undefined });

    const members = records(files, 'members.csv');
    expect(members).toHaveLength(hostileNames.length + 1);
    const names = members.map((m) => m['name']);
    for (const name of ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd']) expect(names).toContain(`'${name}`);
    expect(names).toContain('Zoé, "la" membre');
    expect(names).toContain('Nadia');
    for (const file of files.keys()) {
      if (!file.endsWith('.csv')) continue;
      for (const row of parseCsv(files.get(file)!.toString('utf8')))
        for (const cell of row) expect({ file, cell, formula: /^[=+\-@\t\r]/.test(cell) }).toEqual({ file, cell, formula: false });
    }
    expect(records(files, 'community.csv')[0]).toMatchObject({ id, name: `'=cmd|"/c calc"!A1` });
    expect(records(files, 'polls.csv')[0]).toMatchObject({ id: poll.body.poll.id, question: `'=HYPERLINK("http://evil.example","clic")` });
    const workshops = records(files, 'workshops.csv');
    expect(workshops).toHaveLength(6);
    expect(JSON.parse(workshops.find((r) => r['n'] === '1')!['data']!)).toEqual({ name: '@evil' });
    // Surveys come with aggregates only, and none below the threshold.
    const surveys = records(files, 'surveys.csv');
    expect(surveys.map((r) => [r['kind'], r['respondents']]).sort()).toEqual([
      ['needs', '1'],
      ['pulse', '3'],
    ]);
    expect(JSON.parse(surveys.find((r) => r['kind'] === 'pulse')!['results']!).questions[1].texts).toEqual(Array(3).fill('=2+2 open text'));
    expect(files.get('export.json')!.toString('utf8')).not.toContain('A lone answer');
    expect(records(files, 'workshop-versions.csv')).toEqual([
      expect.objectContaining({ n: '1', version: '1', 'updatedBy.userId': 'nadia' }),
    ]);
  });

  it('answers 400 to an unknown format and 403 to a member', async () => {
    const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Formats' } });
    await app.call('POST', `/api/communities/${body.id}/members`, { token: nadia, body: { userId: 'm', name: 'M', role: 'member' } });
    expect((await app.call('GET', `/api/communities/${body.id}/export?format=xml`, { token: nadia })).status).toBe(400);
    expect((await download(`/api/communities/${body.id}/export?format=zip`, app.token({ userId: 'm' }))).status).toBe(403);
  });
});
