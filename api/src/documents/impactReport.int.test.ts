import { createHash } from 'node:crypto';
import { compassStatements } from '@elan/core/compass/compass';
import type { MessageKey } from '@elan/core/i18n/fr';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useTestApp } from '../testing/testApp';
import { leakedPlaceholders, packageProblems, pngSignature, readDocx } from './testing/docxInspector';

const tenant = 'local-tenant';
const sections = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `doc.report.s${n}` as MessageKey);

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

async function download(path: string, token: string) {
  const res = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function community(): Promise<string> {
  const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Partenaires en action', language: 'en' } });
  for (const [userId, role] of [
    ['marc', 'member'],
    ['helene', 'sponsor'],
  ]) {
    await app.call('POST', `/api/communities/${body.id}/members`, { token: nadia, body: { userId, name: userId, role } });
  }
  return body.id;
}

async function saveWorkshop(id: string, n: number, data: unknown) {
  const { body } = await app.call('GET', `/api/communities/${id}/workshops/${n}`, { token: nadia });
  await app.call('PUT', `/api/communities/${id}/workshops/${n}`, { token: nadia, body: data, headers: { 'if-match': body.etag } });
}

/** A compass run answered by `people` members, everyone rating every statement `rating`. */
async function compassRun(id: string, people: number, rating: number) {
  const run = await app.deps.stores.compass.openRun(tenant, id, {
    openedAt: new Date().toISOString(),
    openedBy: { userId: 'nadia', name: 'Nadia' },
  });
  const ratings = Object.fromEntries(compassStatements.map((s) => [s, rating]));
  for (let i = 0; i < people; i++) await app.deps.stores.compass.putResponse(tenant, id, run.number, `member-${i}`, ratings);
}

describe('GET /api/communities/{id}/impact-report.docx (integration, Azurite)', () => {
  it.each(['fr', 'en'] as Locale[])('reports what is stored today and says plainly what has no data yet (%s)', async (lang) => {
    const id = await community();
    for (const n of [1, 2, 3, 4, 5, 6] as const) await saveWorkshop(id, n, exampleWorkshops[n]);
    await app.deps.stores.decisions.append(tenant, id, {
      pollId: null,
      question: 'Adopter la raison d’être?',
      method: 'consent',
      quorumPct: 50,
      quorumMet: true,
      voters: 3,
      eligible: 3,
      counts: {},
      outcome: 'adopted',
      result: 'Adoptée',
      subject: 'purpose',
      decidedAt: new Date().toISOString(),
    });
    await compassRun(id, 5, 4);
    await compassRun(id, 6, 3);
    await compassRun(id, 2, 5);

    const res = await download(`/api/communities/${id}/impact-report.docx?lang=${lang}`, nadia);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      `${translate(lang, 'doc.report.fileName', { name: 'Partenaires en action', version: 1 })}.docx`,
    );
    const docx = readDocx(res.bytes);
    expect(packageProblems(docx.files)).toEqual([]);
    for (const key of sections) expect(docx.paragraphs).toContain(translate(lang, key));
    for (const p of docx.paragraphs) expect({ p, leak: leakedPlaceholders.test(p) }).toEqual({ p, leak: false });
    const text = docx.paragraphs.join('\n');
    expect(text).toContain(translate(lang, 'doc.report.noMeetings'));
    expect(text).toContain(translate(lang, 'doc.report.noMeasurements'));
    // No survey or story was collected in this community.
    expect(docx.paragraphs.filter((p) => p === translate(lang, 'doc.report.noData'))).toHaveLength(2);
    // The third compass run had 2 answers: counted, never shown.
    expect(text).toMatch(
      lang === 'en'
        ? /not enough answers to report \(2; at least 5 needed\)/
        : /pas assez de réponses pour en rendre compte \(2; il en faut au moins 5\)/,
    );
    // Poll participation (from the decision log) and the compass radar.
    expect(docx.images).toHaveLength(2);
    for (const png of docx.images) expect(png.subarray(0, 8)).toEqual(pngSignature);

    const [record] = await app.deps.stores.documents.list(tenant, id, 'impactReport');
    expect(record).toMatchObject({
      kind: 'impactReport',
      version: 1,
      language: lang,
      audience: 'sponsors',
      generatedBy: { userId: 'nadia' },
      sha256: createHash('sha256').update(res.bytes).digest('hex'),
      bytes: res.bytes.length,
    });
  });

  it('prints survey aggregates only from the threshold, and only the stories their authors consented to', async () => {
    const id = await community();
    for (let i = 0; i < 6; i++)
      await app.deps.stores.communities.putMember(tenant, id, { userId: `m-${i}`, name: `Member ${i}`, role: 'member' });
    const open = async (body: unknown) =>
      (await app.call('POST', `/api/communities/${id}/surveys`, { token: nadia, body })).body.survey.id as string;
    const answer = (surveyId: string, i: number, answers: unknown) =>
      app.call('POST', `/api/communities/${id}/surveys/${surveyId}/responses`, {
        token: app.token({ userId: `m-${i}`, name: `Member ${i}` }),
        body: { answers },
      });
    const pulse = await open({ kind: 'pulse', items: ['P1', 'P15'] });
    for (let i = 0; i < 5; i++) expect((await answer(pulse, i, { P1: i < 3 ? 5 : 2, P15: `Suggestion number ${i}` })).status).toBe(200);
    const small = await open({ kind: 'pulse', items: ['P2', 'P15'] });
    for (let i = 0; i < 3; i++) await answer(small, i, { P2: 1, P15: `Secret remark ${i}` });
    const story = await open({ kind: 'story' });
    await answer(story, 0, { s1: 'Kept inside the community', consent: 'internal' });
    await answer(story, 1, { s1: 'Anonymised story about triage', consent: 'reportAnonymised' });
    await answer(story, 2, { s1: 'Named story about referrals', s4: 'Fewer lost referrals', consent: 'reportNamed' });

    const res = await download(`/api/communities/${id}/impact-report.docx?lang=en`, nadia);
    expect(res.status).toBe(200);
    const docx = readDocx(res.bytes);
    expect(packageProblems(docx.files)).toEqual([]);
    const text = docx.paragraphs.join('\n');
    expect(text).toContain(translate('en', 'survey.pulse.P1'));
    expect(text).toContain('Suggestion number 4');
    expect(text).toContain(translate('en', 'doc.report.notEnough', { n: 3, min: 5 }));
    expect(text).not.toContain('Secret remark');
    expect(text).not.toContain(translate('en', 'survey.pulse.P2'));
    expect(text).toContain('Anonymised story about triage');
    expect(text).toContain('Named story about referrals');
    expect(text).toContain(translate('en', 'doc.report.storyBy', { name: 'Member 2' }));
    expect(text).not.toContain('Kept inside the community');
    expect(text).not.toContain('Member 1');
  });

  it('counts meetings whose check-in went out, with attendance and usefulness from the check-out pulse', async () => {
    const id = await community();
    for (let i = 0; i < 6; i++)
      await app.deps.stores.communities.putMember(tenant, id, { userId: `m-${i}`, name: `Member ${i}`, role: 'member' });
    const facts = {
      seriesId: 'main',
      format: null,
      date: '2026-10-07',
      index: 0,
      startsAt: '2026-10-07T17:00:00.000Z',
      endsAt: '2026-10-07T19:00:00.000Z',
      timeZone: 'America/Toronto',
    };
    await app.deps.stores.meetings.recordStep(tenant, id, facts, 'checkIn', facts.startsAt, []);
    const survey = (
      await app.call('POST', `/api/communities/${id}/surveys`, { token: nadia, body: { kind: 'checkout', meetingDate: facts.date } })
    ).body.survey;
    await app.deps.stores.meetings.setCheckoutSurvey(tenant, id, facts, survey.id);
    for (let i = 0; i < 5; i++)
      await app.call('POST', `/api/communities/${id}/surveys/${survey.id}/responses`, {
        token: app.token({ userId: `m-${i}` }),
        body: { answers: { useful: i < 4 ? 5 : 3 } },
      });
    // An attendance indicator is measured from those meetings, and charted against its target.
    const indicators = [
      {
        name: 'Attendance',
        cycle: 'immediate',
        definition: 'Share of members at each meeting',
        source: 'autoAttendance',
        baseline: '0',
        target: '80 %',
        frequency: 'meeting',
      },
    ];
    await saveWorkshop(id, 6, { indicators });
    const res = await download(`/api/communities/${id}/impact-report.docx?lang=en`, nadia);
    const docx = readDocx(res.bytes);
    const text = docx.paragraphs.join('\n');
    expect(text).toContain(translate('en', 'doc.report.indicatorsCaption'));
    expect(text).not.toContain(translate('en', 'doc.report.noMeasurements'));
    // Participation over time and indicators against their targets.
    expect(docx.images).toHaveLength(2);
    expect(text).toContain(translate('en', 'doc.report.attendanceSource'));
    expect(text).toMatch(/1 meeting held from October 7, 2026 to October 7, 2026/);
    expect(text).toContain(translate('en', 'doc.outOf5', { n: '4.6' }));
    expect(text).not.toContain(translate('en', 'doc.report.noMeetings'));
  });

  it('prints contributors out of members for the month: resources, ballots, answers and stories, each person once', async () => {
    // Nadia (facilitator), Marc and four more members; Hélène is a sponsor and counts in neither figure.
    const id = await community();
    for (let i = 0; i < 4; i++)
      await app.deps.stores.communities.putMember(tenant, id, { userId: `m-${i}`, name: `Member ${i}`, role: 'member' });
    const as = (userId: string) => app.token({ userId, name: userId });
    // Marc votes; m-0 answers a pulse and tells a story; m-1 saves a resource in the "between meetings" notebook.
    const created = await app.call('POST', `/api/communities/${id}/polls`, {
      token: nadia,
      body: { question: 'Encore?', method: 'consent' },
    });
    const { poll } = (await app.deps.stores.polls.get(tenant, id, created.body.poll.id))!;
    await app.deps.stores.polls.putBallot(poll, { userId: 'marc', name: 'Marc' }, { method: 'consent', answer: 'agree' });
    const open = async (body: unknown) =>
      (await app.call('POST', `/api/communities/${id}/surveys`, { token: nadia, body })).body.survey.id as string;
    const answer = (surveyId: string, userId: string, answers: unknown) =>
      app.call('POST', `/api/communities/${id}/surveys/${surveyId}/responses`, { token: as(userId), body: { answers } });
    expect((await answer(await open({ kind: 'pulse', items: ['P1'] }), 'm-0', { P1: 4 })).status).toBe(200);
    expect((await answer(await open({ kind: 'story' }), 'm-0', { s1: 'A story', consent: 'internal' })).status).toBe(200);
    const between = await app.call('POST', `/api/communities/${id}/notebooks`, { token: as('m-1'), body: { kind: 'between' } });
    const saved = await app.call('PUT', `/api/communities/${id}/notebooks/between`, {
      token: as('m-1'),
      body: { resources: [{ id: 'r1', url: 'https://example.org/guide', description: 'Guide' }] },
      headers: { 'if-match': between.body.etag },
    });
    expect(saved.status).toBe(200);

    const month = new Intl.DateTimeFormat('en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(app.deps.now()));
    const text = readDocx((await download(`/api/communities/${id}/impact-report.docx?lang=en`, nadia)).bytes).paragraphs.join('\n');
    expect(text).toContain(translate('en', 'doc.report.contributorsHeading'));
    expect(text).toContain(month);
    expect(text).toContain(translate('en', 'doc.report.contributorsCount', { contributors: 3, members: 6 }));
    expect(text).toContain(translate('en', 'doc.percent', { n: 50 }));
    const fr = readDocx((await download(`/api/communities/${id}/impact-report.docx?lang=fr`, nadia)).bytes).paragraphs.join('\n');
    expect(fr).toContain(translate('fr', 'doc.report.contributorsCount', { contributors: 3, members: 6 }));
  });

  it('is for facilitators and sponsors; members get 403 and outsiders 404', async () => {
    const id = await community();
    const empty = await download(`/api/communities/${id}/impact-report.docx`, app.token({ userId: 'helene' }));
    expect(empty.status).toBe(200);
    expect(packageProblems(readDocx(empty.bytes).files)).toEqual([]);
    expect((await download(`/api/communities/${id}/impact-report.docx`, app.token({ userId: 'marc' }))).status).toBe(403);
    expect((await download(`/api/communities/${id}/impact-report.docx`, app.token({ userId: 'stranger' }))).status).toBe(404);
    const bad = await download(`/api/communities/${id}/impact-report.docx?lang=xx`, nadia);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.bytes.toString('utf8')).error.code).toBe('error.validation');
  });
});
