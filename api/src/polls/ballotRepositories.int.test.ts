import type { Ballot } from '@elan/core/polls/ballot';
import { loadBallotKey } from '../auth/ballotKey';
import { useTestApp } from '../testing/testApp';
import { PollRepository } from './pollRepository';
import { SurveyRepository } from '../surveys/surveyRepository';

const app = useTestApp();
let facilitator: string;
// A second API instance over the same tables: its poll reads are its own, like another Functions instance's.
let otherInstance: PollRepository;
let otherSurveys: SurveyRepository;

beforeAll(async () => {
  facilitator = app.token({ userId: 'nadia', name: 'Nadia' });
  otherInstance = new PollRepository(app.deps.tables, loadBallotKey(app.deps.config));
  otherSurveys = new SurveyRepository(app.deps.tables, loadBallotKey(app.deps.config));
});

const choice = (optionId: string): Ballot => ({ method: 'single', optionId });

async function openPoll(): Promise<{ communityId: string; pollId: string }> {
  const { body: community } = await app.call('POST', '/api/communities', { token: facilitator, body: { name: 'Gate' } });
  for (const userId of ['lea', 'marc', 'sam'])
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId, name: userId, role: 'member' });
  const { body } = await app.call('POST', `/api/communities/${community.id}/polls`, {
    token: facilitator,
    body: { question: 'Q?', method: 'single', options: ['A', 'B'], hideResultsUntilClose: false },
  });
  return { communityId: community.id, pollId: body.poll.id };
}

const readPoll = async ({ communityId, pollId }: { communityId: string; pollId: string }) =>
  (await app.call('GET', `/api/communities/${communityId}/polls/${pollId}`, { token: facilitator })).body;

describe('ballots, survey answers and the close (integration, Azurite)', () => {
  it('does not keep a poll read that raced its own update: the next reader here sees the update', async () => {
    const ids = await openPoll();
    // The same tables, with this instance's poll writes held until a read has gone through in between.
    let release!: () => void;
    const readGoneThrough = new Promise<void>((resolve) => (release = resolve));
    const real = app.deps.tables.communities;
    const held = Object.create(real) as typeof real;
    held.updateEntity = async (...args: Parameters<typeof real.updateEntity>) => {
      await readGoneThrough;
      return real.updateEntity(...args);
    };
    const instance = new PollRepository({ ...app.deps.tables, communities: held }, loadBallotKey(app.deps.config));
    const { poll, etag } = (await instance.get('local-tenant', ids.communityId, ids.pollId))!;

    const updating = instance.update({ ...poll, question: 'Q2?' }, etag);
    const raced = await instance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(raced?.poll.question).toBe('Q?');
    release();
    expect(await updating).toBe(true);
    const after = await instance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(after?.poll.question).toBe('Q2?');
  });

  it('refuses a ballot once the poll closed, even from an instance that still holds the poll as open', async () => {
    const ids = await openPoll();
    const held = await otherInstance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(held?.poll.status).toBe('open');
    expect(await otherInstance.listBallots(held!.poll)).toEqual([]);
    expect(await otherInstance.putBallot(held!.poll, { userId: 'lea', name: 'Léa' }, choice('o1'))).toBe('stored');

    const closed = await app.call('POST', `/api/communities/${ids.communityId}/polls/${ids.pollId}/close`, { token: facilitator });
    expect(closed.body.decision).toMatchObject({ voters: 1, counts: { o1: 1, o2: 0 } });

    // The other instance's cached copy still says open; the store says no, and nothing changes.
    const stale = await otherInstance.get('local-tenant', ids.communityId, ids.pollId, { maxAgeMs: 60_000 });
    expect(stale?.poll.status).toBe('open');
    expect(await otherInstance.putBallot(stale!.poll, { userId: 'marc', name: 'Marc' }, choice('o2'))).toBe('closed');
    expect(await otherInstance.putBallot(stale!.poll, { userId: 'lea', name: 'Léa' }, choice('o2'))).toBe('closed');
    expect(await readPoll(ids)).toMatchObject({ status: 'closed', voters: 1, results: { counts: { o1: 1, o2: 0 } } });
    expect(await otherInstance.votersAmong(stale!.poll, ['lea', 'marc', 'sam'])).toEqual(new Set(['lea']));
  });

  it('keeps accepting ballots for a poll stored before close gates existed, until its status says closed', async () => {
    const ids = await openPoll();
    const { poll } = (await otherInstance.get('local-tenant', ids.communityId, ids.pollId))!;
    await app.deps.tables.ballots.deleteEntity(`local-tenant|${ids.communityId}|${ids.pollId}`, '~gate');
    expect(await otherInstance.putBallot(poll, { userId: 'sam', name: 'Sam' }, choice('o2'))).toBe('stored');
    expect(await readPoll(ids)).toMatchObject({ voters: 1, results: { counts: { o1: 0, o2: 1 } } });

    await app.call('POST', `/api/communities/${ids.communityId}/polls/${ids.pollId}/close`, { token: facilitator });
    expect(await otherInstance.putBallot(poll, { userId: 'lea', name: 'Léa' }, choice('o1'))).toBe('closed');
    expect(await readPoll(ids)).toMatchObject({ status: 'closed', voters: 1 });
  });

  it("shares counts between card views, with the instance's own ballots in them at once and others' after the allowed age", async () => {
    const ids = await openPoll();
    const { poll } = (await otherInstance.get('local-tenant', ids.communityId, ids.pollId))!;
    expect(await otherInstance.listBallots(poll, { maxAgeMs: 60_000 })).toEqual([]);
    await otherInstance.putBallot(poll, { userId: 'marc', name: 'Marc' }, choice('o2'));
    expect(await otherInstance.listBallots(poll, { maxAgeMs: 60_000 })).toEqual([choice('o2')]);
    await otherInstance.putBallot(poll, { userId: 'marc', name: 'Marc' }, choice('o1'));
    expect(await otherInstance.listBallots(poll, { maxAgeMs: 60_000 })).toEqual([choice('o1')]);
    // Written through the API's own instance: a card view elsewhere sees it once its allowed age has passed.
    await app.deps.stores.polls.putBallot(poll, { userId: 'lea', name: 'Léa' }, choice('o2'));
    expect(await otherInstance.listBallots(poll, { maxAgeMs: 60_000 })).toHaveLength(1);
    expect(await otherInstance.listBallots(poll)).toEqual(expect.arrayContaining([choice('o1'), choice('o2')]));
    expect(await otherInstance.listBallots(poll, { maxAgeMs: 60_000 })).toHaveLength(2);
  });

  it('does the same for survey answers, deletions included', async () => {
    const { communityId } = await openPoll();
    const { body } = await app.call('POST', `/api/communities/${communityId}/surveys`, { token: facilitator, body: { kind: 'pulse' } });
    const { survey } = (await otherSurveys.get('local-tenant', communityId, body.survey.id))!;
    const answer = (n: string) => ({ answers: { P1: n } });
    expect(await otherSurveys.listResponses(survey, { maxAgeMs: 60_000 })).toEqual([]);
    await otherSurveys.putResponse(survey, 'marc', answer('4'));
    expect(await otherSurveys.listResponses(survey, { maxAgeMs: 60_000 })).toEqual([answer('4')]);
    await app.deps.stores.surveys.putResponse(survey, 'lea', answer('2'));
    expect(await otherSurveys.listResponses(survey, { maxAgeMs: 60_000 })).toEqual([answer('4')]);
    expect(await otherSurveys.listResponses(survey)).toHaveLength(2);
    expect(await otherSurveys.deleteResponse(survey, 'marc')).toBe(true);
    expect(await otherSurveys.listResponses(survey, { maxAgeMs: 60_000 })).toEqual([answer('2')]);
    expect(await app.deps.stores.surveys.listResponses(survey)).toEqual([answer('2')]);
  });

  it('refuses an answer once the survey is closing, even from an instance that holds it as open; older surveys keep answering until closed', async () => {
    const { communityId } = await openPoll();
    const open = async () =>
      (await app.call('POST', `/api/communities/${communityId}/surveys`, { token: facilitator, body: { kind: 'pulse' } })).body.survey.id;
    const respondents = async (surveyId: string) =>
      (await app.call('GET', `/api/communities/${communityId}/surveys/${surveyId}`, { token: facilitator })).body.respondents;

    const gated = await open();
    const { survey: held } = (await otherSurveys.get('local-tenant', communityId, gated))!;
    expect(await otherSurveys.putResponse(held, 'lea', { answers: { P1: 4 } })).toBe('stored');
    await app.call('POST', `/api/communities/${communityId}/surveys/${gated}/close`, { token: facilitator });
    expect(await otherSurveys.putResponse(held, 'marc', { answers: { P1: 1 } })).toBe('closed');
    expect(await respondents(gated)).toBe(1);

    // A survey stored before gates: no gate row, no `gated` column.
    const older = await open();
    const pk = `local-tenant|${communityId}`;
    const row = await app.deps.tables.communities.getEntity<Record<string, unknown>>(pk, `survey|${older}`);
    await app.deps.tables.communities.updateEntity(
      { partitionKey: pk, rowKey: `survey|${older}`, status: row['status'], json: row['json'] },
      'Replace',
    );
    await app.deps.tables.ballots.deleteEntity(`${pk}|survey-${older}`, '~gate');
    const { survey: old } = (await otherSurveys.get('local-tenant', communityId, older))!;
    expect(await otherSurveys.putResponse(old, 'sam', { answers: { P1: 3 } })).toBe('stored');
    await app.call('POST', `/api/communities/${communityId}/surveys/${older}/close`, { token: facilitator });
    expect(await otherSurveys.putResponse(old, 'lea', { answers: { P1: 3 } })).toBe('closed');
    expect(await respondents(older)).toBe(1);
  });
});
