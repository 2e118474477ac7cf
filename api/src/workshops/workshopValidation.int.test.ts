import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { useTestApp } from '../testing/testApp';

/**
 * Workshops 2 to 6 through the real API on Azurite: the worked example is accepted, and each kind of bad input
 * (too-long text, wrong enum, out-of-range number, too many items, unknown field) is refused with 400 and the
 * field's path, without touching what is stored.
 */

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

type Data = Record<string, any>;
/** The worked example with one change applied to a deep copy. */
const example = (n: WorkshopNumber, change: (d: Data) => void): Data => {
  const copy = structuredClone(exampleWorkshops[n]) as Data;
  change(copy);
  return copy;
};
const many = <T>(count: number, item: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => item(i));

/** [label, workshop, body, paths the 400 must name]. */
const rejects: [string, WorkshopNumber, Data, string[]][] = [
  // W2 — problem and project
  ['W2 a too-long project title', 2, example(2, (d) => (d['projectTitle'] = 'x'.repeat(101))), ['projectTitle']],
  ['W2 a wrong deliverable type', 2, example(2, (d) => (d['deliverables'][0].type = 'poster')), ['deliverables.0.type']],
  ['W2 a severity of 6', 2, example(2, (d) => (d['problems'][0].severity = 6)), ['problems.0.severity']],
  ['W2 a negative budget', 2, example(2, (d) => (d['resources'].budget = -1)), ['resources.budget']],
  ['W2 four objectives', 2, example(2, (d) => (d['objectives'] = many(4, (i) => `Objectif ${i}`))), ['objectives']],
  ['W2 eleven problems', 2, example(2, (d) => (d['problems'] = many(11, () => d['problems'][0]))), ['problems']],
  ['W2 an unknown field', 2, example(2, (d) => (d['sponsorEmail'] = 'a@b.c')), ['']],
  ['W2 a nested unknown field', 2, example(2, (d) => (d['resources'].currency = 'CAD')), ['resources']],
  // W3 — rituals
  ['W3 too-long welcome steps', 3, example(3, (d) => (d['welcomeSteps'] = 'x'.repeat(501))), ['welcomeSteps']],
  ['W3 a wrong format', 3, example(3, (d) => (d['format'] = 'teleport')), ['format']],
  ['W3 a wrong role in charge', 3, example(3, (d) => (d['agendaTemplate'][0].roleInCharge = 'boss')), ['agendaTemplate.0.roleInCharge']],
  ['W3 a 20-minute meeting', 3, example(3, (d) => (d['durationMinutes'] = 20)), ['durationMinutes']],
  ['W3 a cadence of every 13 weeks', 3, example(3, (d) => (d['cadence'].every = 13)), ['cadence.every']],
  ['W3 a cadence of 2.5', 3, example(3, (d) => (d['cadence'].every = 2.5)), ['cadence.every']],
  [
    'W3 eleven agenda segments',
    3,
    example(3, (d) => (d['agendaTemplate'] = many(11, () => ({ label: 'S', minutes: 5 })))),
    ['agendaTemplate'],
  ],
  ['W3 a nested unknown field', 3, example(3, (d) => (d['cadence'].day = 'monday')), ['cadence']],
  // W4 — decisions
  ['W4 a too-long objection rule', 4, example(4, (d) => (d['objectionRule'] = 'x'.repeat(401))), ['objectionRule']],
  ['W4 a wrong method', 4, example(4, (d) => (d['decisionMatrix'][1].method = 'dictator')), ['decisionMatrix.1.method']],
  ['W4 a quorum of 101 %', 4, example(4, (d) => (d['charterAmendment'].quorumPct = 101)), ['charterAmendment.quorumPct']],
  ['W4 zero voting days', 4, example(4, (d) => (d['defaults'].votingDays = 0)), ['defaults.votingDays']],
  ['W4 a quorum given as text', 4, example(4, (d) => (d['decisionMatrix'][0].quorumPct = '50')), ['decisionMatrix.0.quorumPct']],
  ['W4 21 matrix rows', 4, example(4, (d) => (d['decisionMatrix'] = many(21, () => d['decisionMatrix'][0]))), ['decisionMatrix']],
  ['W4 21 sponsor vetoes', 4, example(4, (d) => (d['sponsorVeto'] = many(21, (i) => `Veto ${i}`))), ['sponsorVeto']],
  ['W4 a nested unknown field', 4, example(4, (d) => (d['defaults'].secretBallot = true)), ['defaults']],
  // W5 — ecosystem
  ['W5 a too-long stakeholder name', 5, example(5, (d) => (d['stakeholders'][0].name = 'x'.repeat(101))), ['stakeholders.0.name']],
  ['W5 a wrong relationship type', 5, example(5, (d) => (d['relationships'][0].type = 'friends')), ['relationships.0.type']],
  ['W5 a wrong stakeholder kind', 5, example(5, (d) => (d['stakeholders'][2].kind = 'alien')), ['stakeholders.2.kind']],
  ['W5 a power of 6', 5, example(5, (d) => (d['stakeholders'][0].power = 6)), ['stakeholders.0.power']],
  ['W5 a strength of 4', 5, example(5, (d) => (d['relationships'][0].strength = 4)), ['relationships.0.strength']],
  ['W5 nine tags', 5, example(5, (d) => (d['stakeholders'][0].tags = many(9, (i) => `t${i}`))), ['stakeholders.0.tags']],
  ['W5 an unknown stakeholder field', 5, example(5, (d) => (d['stakeholders'][0].email = 'a@b.c')), ['stakeholders.0']],
  // W6 — impact
  ['W6 a too-long indicator name', 6, example(6, (d) => (d['indicators'][0].name = 'x'.repeat(101))), ['indicators.0.name']],
  ['W6 a wrong value cycle', 6, example(6, (d) => (d['indicators'][0].cycle = 'eternal')), ['indicators.0.cycle']],
  ['W6 a wrong story consent', 6, example(6, (d) => (d['storyCollection'].consentDefault = 'public')), ['storyCollection.consentDefault']],
  ['W6 a pulse threshold of 4', 6, example(6, (d) => (d['pulse'].minRespondents = 4)), ['pulse.minRespondents']],
  ['W6 a compass every 13 months', 6, example(6, (d) => (d['compassSchedule'].everyMonths = 13)), ['compassSchedule.everyMonths']],
  ['W6 sixteen indicators', 6, example(6, (d) => (d['indicators'] = many(16, () => d['indicators'][0]))), ['indicators']],
  ['W6 sixteen pulse items', 6, example(6, (d) => (d['pulse'].itemIds = many(16, (i) => `P${i}`))), ['pulse.itemIds']],
  ['W6 a nested unknown field', 6, example(6, (d) => (d['pulse'].anonymous = true)), ['pulse']],
];

/** One community per workshop, holding the accepted worked example (version 1) and its ETag. */
const saved = new Map<WorkshopNumber, { id: string; etag: string }>();

async function read(id: string, n: WorkshopNumber) {
  return app.call('GET', `/api/communities/${id}/workshops/${n}`, { token: nadia });
}

describe('workshops 2 to 6 accept valid data and refuse bad data (integration, Azurite)', () => {
  it.each([2, 3, 4, 5, 6] as const)('W%i: the worked example is accepted and reads back as saved', async (n) => {
    const created = await app.call('POST', '/api/communities', { token: nadia, body: { name: `Validation ${n}` } });
    const id = created.body.id as string;
    const start = await read(id, n);
    const res = await app.call('PUT', `/api/communities/${id}/workshops/${n}`, {
      token: nadia,
      body: exampleWorkshops[n],
      headers: { 'if-match': start.body.etag },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, state: 'done', missing: [] });
    expect((await read(id, n)).body.data).toEqual(exampleWorkshops[n]);
    saved.set(n, { id, etag: res.body.etag });
  });

  it.each(rejects)('refuses %s with 400 and its field path; stored data unchanged', async (_label, n, body, paths) => {
    const target = saved.get(n);
    if (!target) throw new Error(`W${n} was not saved by the first test`);
    const res = await app.call('PUT', `/api/communities/${target.id}/workshops/${n}`, {
      token: nadia,
      body,
      headers: { 'if-match': target.etag },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('error.validation');
    const found = (res.body.error.details as { path: string; message: string }[]).map((d) => d.path);
    expect(found).toEqual(expect.arrayContaining(paths));
    for (const d of res.body.error.details) expect(d.message).toEqual(expect.any(String));
    const after = await read(target.id, n);
    expect(after.body).toMatchObject({ version: 1, etag: target.etag, state: 'done' });
    expect(after.body.data).toEqual(exampleWorkshops[n]);
  });
});
