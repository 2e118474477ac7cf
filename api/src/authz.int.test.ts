import { randomUUID } from 'node:crypto';
import { routeTable } from './routeTable';
import { type Caller, callers, useAuthzFixture } from './testing/authzFixture';
import { authorizationMatrix } from './testing/authzMatrix';
import { actionData, invokeCardAction } from './testing/pollActivities';

// Every route × every kind of caller (the table is testing/authzMatrix.ts), then attempts on another community's ids.
const fx = useAuthzFixture();
const { app, connector, ids, token, tokenOf, newPoll, c } = fx;
const matrix = authorizationMatrix(fx);

/** Every `METHOD route` the API serves. */
const served = routeTable.flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));

describe('authorization matrix (integration, Azurite)', () => {
  it('has an entry for every route and method of routeTable, and none for routes that do not exist', () => {
    expect(served.filter((key) => !matrix[key])).toEqual([]);
    expect(Object.keys(matrix).filter((key) => !served.includes(key))).toEqual([]);
  });

  it.each(served)(
    '%s answers each caller as expected',
    async (key) => {
      const entry = matrix[key];
      if (!entry) throw new Error(`no authorization matrix entry for ${key}: add one`);
      const method = key.split(' ')[0]!;
      const got: Partial<Record<Caller, number>> = {};
      for (const caller of callers) {
        const { path, body, headers } = await entry.request(caller);
        const tok = tokenOf(caller);
        const res = await app.call(method, path, { token: tok, body, headers });
        got[caller] = res.status;
        if (res.status === 401) expect(res.body.error.code).toBe('error.unauthorized');
        if (res.status === 403) expect(res.body.error.code).toMatch(/^error\.forbidden$|^delivery\.link\.forged$/);
        if (res.status === 404) expect(res.body.error.code).toBe('error.notFound');
      }
      expect(got).toEqual(entry.expected);
    },
    60_000,
  );
});

describe('IDOR: guessing ids of another community (integration, Azurite)', () => {
  const olga = () => token('olga');

  it("finds nothing of C through D's path, and nothing under ids that do not exist", async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/communities/${ids.d}/polls/${ids.poll}`],
      ['POST', `/api/communities/${ids.d}/polls/${ids.poll}/close`],
      ['GET', `/api/communities/${randomUUID()}`],
      ['GET', `/api/communities/${randomUUID()}/polls/${ids.poll}`],
      ['GET', `/api/communities/${ids.c}/polls/${ids.pollD}`],
      ['GET', `/api/communities/${ids.c.slice(0, -1)}${ids.c.endsWith('0') ? '1' : '0'}`],
      ['GET', `/api/communities/${encodeURIComponent(`${ids.c}|x`)}`],
      ['PATCH', `/api/communities/${ids.c}`, { retentionMonths: 6 }],
      ['POST', `/api/communities/${ids.c}/members`, { userId: 'olga', name: 'Olga', role: 'facilitator' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await app.call(method, path, { token: olga(), body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
    }
    // Olga did not get into C by any of that.
    expect((await app.call('GET', c(), { token: olga() })).status).toBe(404);
    expect((await app.call('GET', c(`/polls/${ids.poll}`), { token: token('nadia') })).body.status).toBe('open');
  });

  it("refuses a card action carrying C's ids from D's facilitator, and stores no ballot", async () => {
    const { card } = await newPoll(ids.c);
    const data = actionData(card, 'poll.vote', 'agree');
    const res = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'olga', name: 'Olga' }, data);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.card)).toContain('attention');
    const poll = await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') });
    expect(poll.body.voters).toBe(0);
    // The same action in another tenant finds nothing either.
    const other = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'nadia', name: 'Nadia' }, data, {
      tenantId: 'other-tenant',
    });
    expect(other.status).toBe(200);
    expect((await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') })).body.voters).toBe(0);
    // While a member's vote on the very same card counts.
    expect((await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'marc', name: 'Marc' }, data)).status).toBe(200);
    expect((await app.call('GET', c(`/polls/${data['pollId']}`), { token: token('nadia') })).body.voters).toBe(1);
  });
});
