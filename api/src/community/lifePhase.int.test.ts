import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, overlappingRuns, tenant } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const confirm = (id: string, body: unknown, token = nadia) => app.call('PUT', `/api/communities/${id}/phase`, { token, body });
const phaseOf = async (id: string, token = nadia) => (await app.call('GET', `/api/communities/${id}`, { token })).body.lifePhase;

// Weekly meetings from Tuesday 2 June 2026, long past when these tests run.
const pastW3 = ritualsInput({ firstMeeting: { date: '2026-06-02', time: '13:30', timeZone: 'America/Toronto' } });

describe('a community’s life phase (integration, Azurite)', () => {
  it('is suggested from what happened: preparation, start-up once a meeting was held, reorientation when the compass is low', async () => {
    const { body: bare } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Tout neuf' } });
    expect(bare.lifePhase).toEqual({ suggested: 'preparation', nextWorkshop: 1, nextMeetingAt: null });

    const id = await setUp('En route', '19:enroute@thread.tacv2', pastW3);
    let phase = await phaseOf(id);
    expect(phase).toMatchObject({ suggested: 'preparation', nextWorkshop: 1 });
    // Workshop 3 plans weekly meetings: the next one is ahead of now.
    expect(Date.parse(phase.nextMeetingAt)).toBeGreaterThan(Date.now());

    // The kick-off: the bot announced the meeting of 2 June 2026, which has happened since.
    expect(await overlappingRuns('2026-06-01T19:00:00Z', id)).toEqual(['2026-06-02 announce']);
    phase = await phaseOf(id);
    expect(phase).toMatchObject({ suggested: 'startUp', nextWorkshop: 3 });
    expect(phase.confirmed).toBeUndefined();

    // A compass run answered low by five people.
    for (const userId of ['m1', 'm2']) await app.deps.stores.communities.putMember(tenant, id, { userId, name: userId, role: 'member' });
    expect((await app.call('POST', `/api/communities/${id}/compass/runs`, { token: nadia })).status).toBe(201);
    for (const userId of ['nadia', 'ana', 'ben', 'm1', 'm2'])
      expect(
        (
          await app.call('PUT', `/api/communities/${id}/compass/runs/1/responses/me`, {
            token: app.token({ userId }),
            body: { ratings: { 'purpose.a': 2, 'rituals.a': 2, 'value.a': 3 } },
          })
        ).status,
      ).toBe(200);
    expect(await phaseOf(id, app.token({ userId: 'sam' }))).toMatchObject({ suggested: 'reorientation', nextWorkshop: 1 });
  });

  it('is confirmed by a facilitator only, with the date, kept apart from the life cycle', async () => {
    const { body: created } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Confirmée' } });
    const id = created.id as string;
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'ana', name: 'Ana', role: 'member' });
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'sam', name: 'Sam', role: 'sponsor' });
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'eva', name: 'Eva', role: 'facilitator' });

    expect((await confirm(id, { phase: 'growth' }, app.token({ userId: 'ana' }))).status).toBe(403);
    expect((await confirm(id, { phase: 'growth' }, app.token({ userId: 'sam' }))).status).toBe(403);
    expect((await confirm(id, { phase: 'growth' }, app.token({ userId: 'outsider' }))).status).toBe(404);

    for (const [body, path] of [
      [{ phase: 'closing' }, 'phase'],
      [{}, 'phase'],
      [{ phase: 'growth', stage: 'archived' }, ''],
    ] as const) {
      const refused = await confirm(id, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await app.call('PUT', `/api/communities/${id}/phase`, { token: nadia, raw: 'growth' })).status).toBe(400);

    const before = Date.now();
    const confirmed = await confirm(id, { phase: 'growth' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.lifePhase).toMatchObject({
      suggested: 'preparation',
      confirmed: 'growth',
      changedBy: { userId: 'nadia', name: 'Nadia' },
      nextWorkshop: 6,
    });
    const changedAt = confirmed.body.lifePhase.changedAt as string;
    expect(Date.parse(changedAt)).toBeGreaterThanOrEqual(before - 1000);

    // Everyone reads it; the life cycle is untouched.
    const asMember = await app.call('GET', `/api/communities/${id}`, { token: app.token({ userId: 'ana' }) });
    expect(asMember.body.lifePhase).toMatchObject({ confirmed: 'growth', changedAt });
    expect(asMember.body.lifecycle.stage).toBe('active');

    // The same phase again changes nothing, not even its date.
    expect((await confirm(id, { phase: 'growth' }, app.token({ userId: 'eva', name: 'Eva' }))).body.lifePhase).toMatchObject({
      confirmed: 'growth',
      changedAt,
      changedBy: { userId: 'nadia' },
    });
    // Another facilitator chooses another phase.
    const eva = await confirm(id, { phase: 'reorientation', changedAt }, app.token({ userId: 'eva', name: 'Eva' }));
    expect(eva.body.lifePhase).toMatchObject({ confirmed: 'reorientation', changedBy: { userId: 'eva', name: 'Eva' } });

    // Nadia, still looking at her own confirmation, chooses start-up: refused with Eva's, which stays.
    const stale = await confirm(id, { phase: 'startUp', changedAt });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('error.conflict');
    expect(stale.body.current.lifePhase).toMatchObject({ confirmed: 'reorientation', changedBy: { userId: 'eva' } });
    expect((await confirm(id, { phase: 'startUp', changedAt: null })).status).toBe(412);
    expect((await phaseOf(id)).confirmed).toBe('reorientation');

    // An archived community is read-only: its phase stays as it was.
    expect((await app.call('PUT', `/api/communities/${id}/lifecycle`, { token: nadia, body: { stage: 'archived' } })).status).toBe(200);
    const archived = await confirm(id, { phase: 'growth' });
    expect(archived.status).toBe(409);
    expect(archived.body.error.code).toBe('community.error.archived');
    expect((await phaseOf(id)).confirmed).toBe('reorientation');
  });

  it('does not lose a change made in between: the store refuses a write decided on what was stored before', async () => {
    const { body: created } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Course' } });
    const id = created.id as string;
    const by = { userId: 'nadia', name: 'Nadia' };
    const communities = app.deps.stores.communities;
    expect(
      await communities.setLifePhase(tenant, id, { phase: 'startUp', confirmedAt: '2026-11-01T10:00:00.000Z', confirmedBy: by }, null),
    ).toBe(true);
    // A second facilitator who also saw no phase confirmed.
    expect(
      await communities.setLifePhase(tenant, id, { phase: 'growth', confirmedAt: '2026-11-01T10:00:01.000Z', confirmedBy: by }, null),
    ).toBe(false);
    expect((await communities.get(tenant, id))?.lifePhase).toEqual({
      phase: 'startUp',
      confirmedAt: '2026-11-01T10:00:00.000Z',
      confirmedBy: by,
    });
    expect(
      await communities.setLifePhase(
        tenant,
        'missing',
        { phase: 'growth', confirmedAt: '2026-11-01T10:00:01.000Z', confirmedBy: by },
        null,
      ),
    ).toBe(false);

    // Two facilitators at once through the API: never both lost, and what is stored is one of them.
    await app.deps.stores.communities.putMember(tenant, id, { userId: 'eva', name: 'Eva', role: 'facilitator' });
    const answers = await Promise.all([
      confirm(id, { phase: 'growth' }),
      confirm(id, { phase: 'reorientation' }, app.token({ userId: 'eva', name: 'Eva' })),
    ]);
    for (const a of answers) expect([200, 412]).toContain(a.status);
    const lost = answers.find((a) => a.status === 412);
    const stored = (await phaseOf(id)).confirmed;
    if (lost) expect(lost.body.current.lifePhase.confirmed).toBe(stored);
    expect(['growth', 'reorientation']).toContain(stored);
  });
});
