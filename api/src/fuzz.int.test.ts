import fc from 'fast-check';
import { useFakeConnector } from './testing/fakeConnector';
import { actionData, invokeCardAction } from './testing/pollActivities';
import { useTestApp } from './testing/testApp';

// Property-based abuse tests: malformed, oversized, deeply nested and wrong-typed input to every write
// route and card action gets a 4xx (or a card saying what is wrong), never a 5xx, and changes nothing.
// The Bot Connector is a boundary we cannot run here: a local fake stands in for outgoing sends.
const app = useTestApp({ ELAN_WRITE_BURST: '100000', ELAN_WRITE_PER_SECOND: '100000' });
const connector = useFakeConnector();
let token: string;
let communityId: string;
let pollCard: any;
let pollId: string;
let pulseCard: any;
let pulseId: string;
let needsId: string;

beforeAll(async () => {
  token = app.token({ userId: 'nadia', name: 'Nadia' });
  communityId = (await app.call('POST', '/api/communities', { token, body: { name: 'Fuzz' } })).body.id;
  const poll = await app.call('POST', `/api/communities/${communityId}/polls`, {
    token,
    body: { question: 'Q', method: 'dots', options: ['A', 'B'], dots: 3 },
  });
  pollCard = poll.body.card;
  pollId = poll.body.poll.id;
  const pulse = await app.call('POST', `/api/communities/${communityId}/surveys`, { token, body: { kind: 'pulse', items: ['P1', 'P15'] } });
  pulseCard = pulse.body.card;
  pulseId = pulse.body.survey.id;
  needsId = (await app.call('POST', `/api/communities/${communityId}/surveys`, { token, body: { kind: 'needs' } })).body.survey.id;
});

/** Deep, wide, oddly typed JSON, with strings that look like templates, markup and OData. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'language',
      'values',
      'aim',
      'question',
      'method',
      'options',
      'ratings',
      'userId',
      'role',
      '__proto__',
      'constructor',
    ),
    fc.jsonValue({ maxDepth: 4 }),
  ),
  fc.constantFrom('${jndi:x}', "' or 1 eq 1 or '", '<script>alert(1)</script>', '=cmd|"/c calc"!A1', '\u0000', '{"a":'.repeat(50)),
  fc.string({ minLength: 5000, maxLength: 20000 }).map((s) => ({ name: s })),
  fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 50 }),
);

const snapshot = async () => {
  const w = await app.call('GET', `/api/communities/${communityId}/workshops/1`, { token });
  const c = await app.call('GET', `/api/communities/${communityId}`, { token });
  const p = await app.call('GET', `/api/communities/${communityId}/polls/${pollId}`, { token });
  const surveys = await app.call('GET', `/api/communities/${communityId}/surveys`, { token });
  return JSON.stringify([w.body.version, w.body.data, c.body.name, c.body.workshops, p.body.voters, p.body.results, surveys.body]);
};

describe('abuse: fuzzed input (integration, Azurite)', () => {
  it('answers every fuzzed body on every write route with a 4xx and leaves stored data unchanged', async () => {
    const before = await snapshot();
    const routes: [string, string, Record<string, string>][] = [
      ['POST', '/api/communities', {}],
      // A stale version: a valid draft gets 412 and an invalid one 400; neither may change anything.
      ['PUT', `/api/communities/${communityId}/workshops/1`, { 'if-match': 'W/"datetime\'2000-01-01T00%3A00%3A00Z\'"' }],
      ['PUT', `/api/communities/${communityId}/workshops/5`, { 'if-match': 'W/"stale"' }],
      ['POST', `/api/communities/${communityId}/members`, {}],
      ['POST', `/api/communities/${communityId}/polls`, {}],
      ['POST', `/api/communities/${communityId}/conversations`, {}],
      ['POST', `/api/communities/${communityId}/surveys/${pulseId}/responses`, {}],
      ['POST', `/api/communities/${communityId}/surveys/${needsId}/responses`, {}],
      ['PUT', `/api/communities/${communityId}/compass/runs/1/responses/me`, {}],
      ['PATCH', `/api/communities/${communityId}`, {}],
      ['POST', `/api/communities/${communityId}/surveys`, {}],
      ['POST', `/api/communities/${communityId}/documents/send`, {}],
      ['POST', '/api/messages', {}],
      ['DELETE', `/api/communities/${communityId}`, {}],
      ['POST', '/api/dev/token', {}],
    ];
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), hostile, async ([method, path, headers], body) => {
        const res = await app.call(method, path, { token, body, headers });
        statuses.add(res.status);
        // A few hostile values are valid inputs by chance (e.g. a community named "${jndi:x}"); anything but 5xx is fine.
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(typeof res.body.error.message).toBe('string');
      }),
      { numRuns: 150 },
    );
    expect([...statuses].some((s) => s >= 400 && s < 500)).toBe(true);
    expect(await snapshot()).toBe(before);
  }, 180_000);

  it('answers every fuzzed card action with a card and counts no vote', async () => {
    const base = actionData(pollCard, 'poll.vote');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })),
        fc.constantFrom('poll.vote', 'poll.refresh', 'poll.close', 'x'),
        async (extra, verb) => {
          const data = { ...extra, verb, communityId: base['communityId'], pollId: base['pollId'], dots_o1: extra['dots_o1'] ?? '99' };
          const res = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'stranger', name: 'X' }, data, { verb });
          expect(res.status).toBe(200);
          expect(res.card.type).toBe('AdaptiveCard');
        },
      ),
      { numRuns: 100 },
    );
    const read = await app.call('GET', `/api/communities/${communityId}/polls/${pollId}`, { token });
    expect(read.body).toMatchObject({ status: 'open', voters: 0 });
  }, 120_000);

  it('answers every other fuzzed card verb (rituals, channel link, closing) from a stranger with a card and changes nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })),
        fc.constantFrom('ritual.capture', 'channel.link', 'channel.linkStart', 'poll.close', 'survey.close'),
        async (extra, verb) => {
          const data = { ...extra, verb, communityId, pollId, surveyId: pulseId, meetingDate: '2026-12-03', community: communityId };
          const res = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'stranger', name: 'X' }, data, { verb });
          expect(res.status).toBe(200);
          expect(res.card.type).toBe('AdaptiveCard');
        },
      ),
      { numRuns: 60 },
    );
    expect(await snapshot()).toBe(before);
    expect((await app.call('GET', `/api/communities/${communityId}/conversations`, { token })).body.conversations).toEqual([]);
    expect((await app.call('GET', `/api/communities/${communityId}/meetings`, { token })).body.meetings).toEqual([]);
  }, 120_000);

  it('answers every fuzzed survey answer, on the card or in the dialog, with a card and stores nothing', async () => {
    const base = actionData(pulseCard, 'survey.answer');
    const nadia = { aadObjectId: 'nadia', name: 'Nadia' };
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })),
        fc.constantFrom('survey.answer', 'survey.refresh', 'survey.submit', 'task/fetch', 'task/submit'),
        fc.constantFrom(pulseId, needsId, 'missing', '../x'),
        async (extra, verb, surveyId) => {
          const data = { ...extra, 'q.P1': '7', verb, communityId: base['communityId'], surveyId };
          if (verb.startsWith('task/')) {
            const res = await app.call('POST', '/api/messages', {
              body: {
                type: 'invoke',
                name: verb,
                id: `fuzz-${Math.random()}`,
                channelId: 'msteams',
                serviceUrl: connector.serviceUrl,
                from: { id: '29:nadia', aadObjectId: 'nadia', name: 'Nadia' },
                recipient: { id: '28:elan-bot', name: 'Élan' },
                conversation: { id: '19:c@thread.tacv2', tenantId: 'local-tenant', conversationType: 'channel' },
                value: { data },
              },
            });
            expect(res.status).toBe(200);
            expect(res.body.task.type).toMatch(/^(continue|message)$/);
            return;
          }
          const res = await invokeCardAction(app, connector.serviceUrl, nadia, data, { verb });
          expect(res.status).toBe(200);
          expect(res.card.type).toBe('AdaptiveCard');
        },
      ),
      { numRuns: 100 },
    );
    for (const id of [pulseId, needsId])
      expect((await app.call('GET', `/api/communities/${communityId}/surveys/${id}`, { token })).body.respondents).toBe(0);
  }, 120_000);
});
