import path from 'node:path';
import { translate } from '@elan/core/i18n/translate';
import { type AzuriteHandle, startAzurite } from './local/azurite';
import { startFakeConnector } from './testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from './testing/pollActivities';
import { useTestApp } from './testing/testApp';

const app = useTestApp();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

describe('faults (integration, Azurite)', () => {
  it('loses no update when two facilitators save the same workshop 100 times in alternation', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Duo' } });
    await app.call('POST', `/api/communities/${community.id}/members`, {
      token: nadia,
      body: { userId: 'marc', name: 'Marc', role: 'facilitator' },
    });
    const editors = [nadia, app.token({ userId: 'marc', name: 'Marc' })];
    const url = `/api/communities/${community.id}/workshops/1`;
    const etags = await Promise.all(editors.map(async (token) => (await app.call('GET', url, { token })).body.etag as string));
    let landed = 0;
    let conflicts = 0;
    let last = '';
    for (let i = 0; i < 100; i++) {
      const who = i % 2;
      const name = `Version ${i}`;
      const res = await app.call('PUT', url, { token: editors[who], body: { name }, headers: { 'if-match': etags[who]! } });
      if (res.status === 200) {
        landed += 1;
        last = name;
        etags[who] = res.body.etag;
      } else {
        expect(res.status).toBe(412);
        conflicts += 1;
        // The editor sees the other version and keeps theirs, as the tab's conflict dialog lets them.
        etags[who] = res.body.current.etag;
        const retried = await app.call('PUT', url, { token: editors[who], body: { name }, headers: { 'if-match': etags[who]! } });
        expect(retried.status).toBe(200);
        landed += 1;
        last = name;
        etags[who] = retried.body.etag;
      }
    }
    expect(conflicts).toBeGreaterThan(90);
    const final = await app.call('GET', url, { token: nadia });
    expect(final.body).toMatchObject({ version: landed, data: { name: last } });
    const versions = await app.call('GET', `${url}/versions`, { token: nadia });
    expect(versions.body.versions).toHaveLength(landed);
  }, 120_000);
});

/**
 * Stops Azurite the way its own Ctrl+C does. Azurite keeps tables in memory (LokiJS) and writes them to disk
 * every 5 s; only SIGINT makes it stop serving, close its client sockets and write the database before it
 * exits. SIGTERM (what `AzuriteHandle.stop` sends) and SIGKILL end it at once and lose the last seconds of
 * acknowledged writes: an emulator limit (Azure Storage does not acknowledge a write it has not made
 * durable), so the test stops it the one way that keeps what it acknowledged.
 */
async function stopAzuriteGracefully(handle: AzuriteHandle): Promise<void> {
  const child = handle.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('Azurite did not exit within 10 s of SIGINT'));
    }, 10_000);
  });
  await Promise.race([exited, late]).finally(() => clearTimeout(timer));
}

describe('faults: Azurite down in the middle of a vote storm (integration)', () => {
  it('answers 503 or a try-again card while storage is down, and keeps every acknowledged vote exactly once', async () => {
    const connector = await startFakeConnector();
    try {
      const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Tempête' } });
      const voters = Array.from({ length: 30 }, (_, i) => `v${i}`);
      for (const v of voters)
        await app.call('POST', `/api/communities/${community.id}/members`, { token: nadia, body: { userId: v, name: v, role: 'member' } });
      const created = await app.call('POST', `/api/communities/${community.id}/polls`, {
        token: nadia,
        body: { question: 'Tenir bon?', method: 'consent' },
      });
      const poll = created.body.poll;
      // An objection needs a reason; these two answers do not.
      const answers = ['agree', 'concern'] as const;
      const recorded = translate('fr', 'poll.recorded');
      const retry = translate('fr', 'poll.error.retry');
      /** The answer each voter last saw acknowledged. */
      const acknowledged = new Map<string, string>();
      const seen = { recorded: 0, retry: 0 };
      let down = false;
      let answersWhileDown = 0;

      /** One click: recorded, or asked to try again; anything else fails the test. */
      const vote = async (voter: string, answer: string): Promise<boolean> => {
        const res = await invokeCardAction(
          app,
          connector.serviceUrl,
          { aadObjectId: voter, name: voter },
          actionData(created.body.card, 'poll.vote', answer),
        );
        expect(res.status).toBe(200);
        const text = cardText(res.card);
        if (down) answersWhileDown += 1;
        if (text.includes(recorded)) {
          seen.recorded += 1;
          acknowledged.set(voter, answer);
          return true;
        }
        expect(text).toContain(retry);
        seen.retry += 1;
        return false;
      };

      // Each voter votes, then half of them change their vote; a click asked to try again is clicked again.
      const storm = voters.map(async (voter, i) => {
        const plan = i % 2 === 0 ? [answers[i % 2]!, answers[(i + 1) % 2]!] : [answers[i % 2]!];
        for (const answer of plan) {
          while (!(await vote(voter, answer))) await new Promise((r) => setTimeout(r, 300));
        }
      });

      // Pull the plug once the storm is under way.
      while (seen.recorded < 10) await new Promise((r) => setTimeout(r, 10));
      const location = path.join(app.dataDir, 'azurite');
      const port = app.azurite.port;
      await stopAzuriteGracefully(app.azurite);
      down = true;

      // While it is down: the API answers 503 with a clear, translated message and no stack.
      const read = await app.call('GET', `/api/communities/${community.id}/polls/${poll.id}`, { token: nadia });
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toBe('5');
      expect(read.body).toEqual({ error: { code: 'error.storageUnavailable', message: expect.any(String) } });
      expect(JSON.stringify(read.body)).not.toMatch(/at \w+ \(|node_modules|ECONNREFUSED/);
      // And a member clicking gets the try-again card.
      expect(await vote('v0', 'agree')).toBe(false);
      const retriesBefore = seen.retry;
      await new Promise((r) => setTimeout(r, 1500));

      // Back up on the same port and data: the storm finishes on its own.
      app.azurite = await startAzurite(location, port);
      down = false;
      await Promise.all(storm);
      expect(seen.retry).toBeGreaterThan(0);
      expect(retriesBefore).toBeGreaterThan(0);
      expect(answersWhileDown).toBeGreaterThan(0);

      // Every acknowledged vote is there, as last acknowledged, and each voter counts once.
      const stored = (await app.deps.stores.polls.get('local-tenant', community.id, poll.id))!.poll;
      for (const voter of voters) {
        const ballot = await app.deps.stores.polls.getBallot(stored, { userId: voter, name: voter });
        expect({ voter, answer: ballot && 'answer' in ballot ? ballot.answer : undefined }).toEqual({
          voter,
          answer: acknowledged.get(voter),
        });
      }
      const final = await app.call('GET', `/api/communities/${community.id}/polls/${poll.id}`, { token: nadia });
      expect(final.status).toBe(200);
      expect(final.body.voters).toBe(voters.length);
      const counts = final.body.results.counts as Record<string, number>;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(voters.length);
      for (const answer of answers) expect(counts[answer]).toBe([...acknowledged.values()].filter((a) => a === answer).length);
    } finally {
      await connector.stop();
    }
  }, 120_000);
});
