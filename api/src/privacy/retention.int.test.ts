import type { RetentionStore } from '@elan/core/privacy/retention';
import { runRetention } from '@elan/core/privacy/retentionCommands';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, invokeCardAction } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

const tenant = 'local-tenant';
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** `months` calendar months before now. */
function monthsAgo(months: number): string {
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() - months);
  return at.toISOString();
}

/** A community with members, a saved workshop and a poll with a ballot (still open): rows in every table. */
async function community(name: string): Promise<string> {
  const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name } });
  const id = body.id as string;
  // Three can vote, so the two votes below leave the poll open (everyone voting would close it).
  for (const [userId, memberName] of [
    ['marc', 'Marc'],
    ['lea', 'Léa'],
  ])
    await app.call('POST', `/api/communities/${id}/members`, { token: nadia, body: { userId, name: memberName, role: 'member' } });
  const w = await app.call('GET', `/api/communities/${id}/workshops/1`, { token: nadia });
  await app.call('PUT', `/api/communities/${id}/workshops/1`, { token: nadia, body: { name }, headers: { 'if-match': w.body.etag } });
  const poll = await app.call('POST', `/api/communities/${id}/polls`, { token: nadia, body: { question: `${name}?`, method: 'consent' } });
  const vote = await invokeCardAction(
    app,
    connector.serviceUrl,
    { aadObjectId: 'marc', name: 'Marc' },
    actionData(poll.body.card, 'poll.vote', 'agree'),
  );
  expect(vote.status).toBe(200);
  return id;
}

/** Every row of every table that mentions `id`. */
async function rowsOf(id: string): Promise<string[]> {
  const rows: string[] = [];
  for (const table of Object.values(app.deps.tables))
    for await (const row of table.listEntities()) if (JSON.stringify(row).includes(id)) rows.push(JSON.stringify(row));
  return rows;
}

const settings = (id: string, token: string, body: unknown) => app.call('PATCH', `/api/communities/${id}`, { token, body });

describe('retention (integration, Azurite)', () => {
  it('lets only facilitators set a retention between 6 and 120 months', async () => {
    const id = await community('Réglages');
    for (const body of [
      { retentionMonths: 5 },
      { retentionMonths: 121 },
      { retentionMonths: 12.5 },
      { retentionMonths: '24' },
      {},
      { retentionMonths: 24, x: 1 },
    ]) {
      const res = await settings(id, nadia, body);
      expect({ body, status: res.status, code: res.body.error?.code }).toEqual({ body, status: 400, code: 'error.validation' });
    }
    expect((await settings(id, app.token({ userId: 'marc' }), { retentionMonths: 6 })).status).toBe(403);
    expect((await settings(id, app.token({ userId: 'stranger' }), { retentionMonths: 6 })).status).toBe(404);
    const entry = await app.deps.retention.get(tenant, id);
    expect(entry).toMatchObject({ retentionMonths: 24 });

    const res = await settings(id, nadia, { retentionMonths: 60 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retentionMonths: 60, lastActivityAt: entry!.lastActivityAt, erasureDueAt: expect.any(String) });
    expect(Date.parse(res.body.erasureDueAt) - Date.parse(entry!.lastActivityAt)).toBeGreaterThan(59 * 30 * 86_400_000);
    expect(await app.deps.retention.get(tenant, id)).toMatchObject({ retentionMonths: 60 });
    // Facilitators read it with the community; members do not get it.
    expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).body.retention).toEqual(res.body);
    expect((await app.call('GET', `/api/communities/${id}`, { token: app.token({ userId: 'marc' }) })).body.retention).toBeUndefined();
  });

  it('erases communities inactive for longer than their retention, and only those', async () => {
    const stale = await community('Endormie');
    const fresh = await community('Vivante');
    const raised = await community('Prolongée');
    const lowered = await community('Raccourcie');
    const revived = await community('Réveillée');
    // Their last activity, as if it had been that long ago.
    for (const id of [stale, raised, revived]) await app.deps.retention.recordActivity(tenant, id, monthsAgo(25));
    await app.deps.retention.recordActivity(tenant, lowered, monthsAgo(7));
    expect((await settings(raised, nadia, { retentionMonths: 36 })).status).toBe(200);
    expect((await settings(lowered, nadia, { retentionMonths: 6 })).status).toBe(200);
    // A workshop save counts as activity; a vote does not (no write per vote).
    const w = await app.call('GET', `/api/communities/${revived}/workshops/2`, { token: nadia });
    expect(
      (await app.call('PUT', `/api/communities/${revived}/workshops/2`, { token: nadia, body: {}, headers: { 'if-match': w.body.etag } }))
        .status,
    ).toBe(200);
    const poll = (await app.call('GET', `/api/communities/${stale}/polls`, { token: nadia })).body.polls[0];
    const staleBefore = (await app.deps.retention.get(tenant, stale))!.lastActivityAt;
    const vote = { verb: 'poll.vote', communityId: stale, pollId: poll.id, answer: 'concern' };
    expect((await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'nadia', name: 'Nadia' }, vote)).status).toBe(200);
    expect((await app.deps.retention.get(tenant, stale))!.lastActivityAt).toBe(staleBefore);
    for (const id of [stale, fresh, raised, lowered, revived]) expect((await rowsOf(id)).length).toBeGreaterThan(10);

    const report = await app.deps.runTimers();
    expect(report.retention.erased.sort()).toEqual([stale, lowered].sort());
    for (const id of [stale, lowered]) {
      expect(await rowsOf(id)).toEqual([]);
      expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).status).toBe(404);
    }
    for (const id of [fresh, raised, revived]) {
      expect((await rowsOf(id)).length).toBeGreaterThan(10);
      expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).status).toBe(200);
    }
    const me = await app.call('GET', '/api/me', { token: app.token({ userId: 'marc' }) });
    expect(me.body.communities.map((c: { id: string }) => c.id)).not.toContain(stale);

    // Repeated or overlapping runs find nothing more to do.
    const again = await Promise.all([app.deps.runTimers(), app.deps.runTimers()]);
    expect(again.map((r) => r.retention.erased)).toEqual([[], []]);
  }, 60_000);

  it('gives one run the erasure: a live claim is refused, a dead run’s (an hour old) taken over, a released one free', async () => {
    const id = await community('Réclamée');
    const at = '2027-03-01T10:00:00.000Z';
    const { retention } = app.deps;
    expect(await retention.claimErasure(tenant, id, at)).toBe(true);
    expect(await retention.claimErasure(tenant, id, at)).toBe(false);
    expect(await retention.claimErasure(tenant, id, '2027-03-01T10:59:00.000Z')).toBe(false);
    // Two runs finding the same dead claim: one takes it over.
    const takeovers = await Promise.all([
      retention.claimErasure(tenant, id, '2027-03-01T11:00:00.000Z'),
      retention.claimErasure(tenant, id, '2027-03-01T11:00:00.000Z'),
    ]);
    expect(takeovers.sort()).toEqual([false, true]);
    await retention.releaseErasure(tenant, id);
    expect(await retention.claimErasure(tenant, id, '2027-03-01T11:01:00.000Z')).toBe(true);
    await retention.releaseErasure(tenant, id);
    // The community itself is untouched by its claims.
    expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).status).toBe(200);
  }, 60_000);

  it('reports an erasure once when another run finishes it between this run’s read and its claim', async () => {
    const id = await community('Doublée');
    await app.deps.retention.recordActivity(tenant, id, monthsAgo(25));
    const now = new Date().toISOString();
    const real = app.deps.retention;
    let letClaim!: () => void;
    const claimHeld = new Promise<void>((resolve) => (letClaim = resolve));
    let atClaim!: () => void;
    const reachedClaim = new Promise<void>((resolve) => (atClaim = resolve));
    // The slow run has read the index and checked the entry; its claim waits until the other run is done.
    const slow: RetentionStore = Object.assign(Object.create(real) as RetentionStore, {
      claimErasure: async (tenantId: string, communityId: string, at: string) => {
        if (communityId === id) atClaim();
        await claimHeld;
        return real.claimErasure(tenantId, communityId, at);
      },
    });
    const slowRun = runRetention(app.deps.stores, slow, now);
    await reachedClaim;
    const fastRun = await runRetention(app.deps.stores, real, now);
    letClaim();
    const slowReport = await slowRun;
    expect([...fastRun.erased, ...slowReport.erased].filter((e) => e === id)).toEqual([id]);
    expect(fastRun.erased).toContain(id);
    // Nothing left behind, not even the slow run's claim.
    expect(await rowsOf(id)).toEqual([]);
  }, 60_000);
});
