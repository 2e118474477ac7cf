import { cardProblems } from '@elan/bot/testing/cardProblems';
import { translate } from '@elan/core/i18n/translate';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { tenant, setUp } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const day = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * day).toISOString();

/** Erasure warnings the bot sent since `from` (other personal cards, such as digests, left out), by who received them. */
const personal = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), card: cardOf(s) }))
    .filter((m) => cardText(m.card).includes(translate('fr', 'privacy.warning.open')));

/**
 * Two overlapping timer runs at `at`; how many facilitators they warned together, and which of this test's
 * communities they erased (each test erases its own by its end, so no other is warned meanwhile).
 */
async function runs(at: string, ...ids: string[]) {
  const both = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return {
    warned: both.reduce((n, r) => n + r.retention.warned, 0),
    erased: both.flatMap((r) => r.retention.erased).filter((e) => ids.includes(e)),
  };
}

/** A community with the bot in its channel, two facilitators (Nadia, Paul), last active on `lastActivityAt`, kept 6 months. */
async function dormant(name: string, channel: string, lastActivityAt: string) {
  const id = await setUp(name, channel, {});
  await app.deps.stores.communities.putMember(tenant, id, { userId: 'paul', name: 'Paul', role: 'facilitator' });
  expect((await app.call('PATCH', `/api/communities/${id}`, { token: nadia, body: { retentionMonths: 6 } })).status).toBe(200);
  await app.deps.retention.recordActivity(tenant, id, lastActivityAt);
  return id;
}

describe('warning before retention erases a community (integration, Azurite)', () => {
  it('warns each facilitator once, 30 days ahead, however many runs overlap; not earlier; erases when due', async () => {
    const id = await dormant('Veille', '19:veille@thread.tacv2', '2027-01-10T12:00:00.000Z');
    const due = '2027-07-10T12:00:00.000Z';
    expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).body.retention.erasureDueAt).toBe(due);
    const start = connector.sent.length;

    // 31 days ahead: nothing yet.
    expect(await runs(shift(due, -31), id)).toEqual({ warned: 0, erased: [] });
    // 30 days ahead: Nadia and Paul hear once each, however many runs overlap, and never again for that date.
    expect(await runs(shift(due, -30 + 1 / 24), id)).toEqual({ warned: 2, erased: [] });
    expect(await runs(shift(due, -29), id)).toEqual({ warned: 0, erased: [] });
    expect(await runs(shift(due, -1), id)).toEqual({ warned: 0, erased: [] });
    await connector.waitFor(start + 2);
    const sent = personal(start);
    expect(sent.map((m) => m.to).sort()).toEqual([expect.stringContaining('nadia'), expect.stringContaining('paul')]);
    for (const { card } of sent) {
      expect(cardProblems(card)).toEqual([]);
      const text = cardText(card);
      expect(text).toContain(translate('fr', 'privacy.warning.title', { community: 'Veille' }));
      expect(text).toContain('{{DATE(2027-07-10T12:00:00Z, LONG)}}');
      expect(text).toContain(translate('fr', 'privacy.warning.open'));
      const link = card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url as string;
      expect(decodeURIComponent(link)).toContain(`/c/${id}`);
    }

    // The warning does not hold erasure back: due, the community goes.
    expect(await runs(shift(due, 1 / 24), id)).toMatchObject({ erased: [id] });
    expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).status).toBe(404);
    expect(personal(start)).toHaveLength(2);
  });

  it('warns again when the due date moves (a longer retention), and only then', async () => {
    const id = await dormant('Sursis', '19:sursis@thread.tacv2', '2027-01-10T12:00:00.000Z');
    const first = '2027-07-10T12:00:00.000Z';
    const start = connector.sent.length;
    expect((await runs(shift(first, -20), id)).warned).toBe(2);
    // Paul extends by a month: the new date is more than 30 days away, then within them.
    const extended = await app.call('PATCH', `/api/communities/${id}`, {
      token: app.token({ userId: 'paul' }),
      body: { retentionMonths: 7 },
    });
    expect(extended.body.erasureDueAt).toBe('2027-08-10T12:00:00.000Z');
    expect(await runs(shift(first, -10), id)).toEqual({ warned: 0, erased: [] });
    expect(await runs(shift(first, 1), id)).toEqual({ warned: 2, erased: [] });
    expect(await runs(shift(first, 2), id)).toEqual({ warned: 0, erased: [] });
    await connector.waitFor(start + 4);
    const sent = personal(start);
    expect(sent).toHaveLength(4);
    expect(cardText(sent[3]!.card)).toContain('{{DATE(2027-08-10T12:00:00Z, LONG)}}');
    expect(await runs('2027-08-10T13:00:00.000Z', id)).toMatchObject({ warned: 0, erased: [id] });
  });
});
