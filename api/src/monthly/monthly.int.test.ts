import * as AC from 'adaptivecards';
import { translate } from '@elan/core/i18n/translate';
import { emptyNotebook } from '@elan/core/notebooks/notebook';
import { buildPoll } from '@elan/core/polls/buildPoll';
import { closePoll } from '@elan/core/polls/closePoll';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, tenant } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** Two overlapping timer runs at one instant; the monthly summaries they sent together, as `communityId userId month`. */
async function summariesAt(at: string): Promise<string[]> {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return runs.flatMap((r) => r.monthly.sent).sort();
}

/** Personal cards the bot sent since `from` whose text holds `marker`: who received them and the card. */
const personal = (from: number, marker: string) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), card: cardOf(s), text: cardText(cardOf(s)) }))
    .filter((m) => m.text.includes(marker));

/** Parses a card as Teams' library does; how many issues it reports. */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

/** Meetings weekly on Tuesdays 13:30 in Toronto from 9 March 2027 (workshop 3). */
const w3 = ritualsInput();

/** A consent poll closed on `closedAt`, with one ballot from someone who must stay unnamed; its decision gets a statement. */
async function decide(communityId: string, id: string, closedAt: string, options: { anonymous?: boolean; statement?: string } = {}) {
  const poll = buildPoll('consent', {
    id,
    tenantId: tenant,
    communityId,
    question: `Adopter ${id} ?`,
    eligible: 4,
    quorumPct: 0,
    anonymous: options.anonymous ?? false,
    createdAt: '2027-02-20T12:00:00.000Z',
    closesAt: closedAt,
  });
  await app.deps.stores.polls.create(poll);
  await app.deps.stores.polls.putBallot(poll, { userId: 'secret', name: 'Votante Secrète' }, { method: 'consent', answer: 'agree' });
  const { decision } = await closePoll({ stores: app.deps.stores, tenantId: tenant, communityId, pollId: id, now: closedAt });
  if (options.statement)
    await app.deps.stores.decisions.putStatement(
      tenant,
      communityId,
      decision.number,
      { text: options.statement, reviewOn: null, by: { userId: 'nadia', name: 'Nadia' }, at: closedAt },
      null,
    );
}

/** A meeting's notebook, first approved on `approvedAt`. */
async function approvedNotebook(communityId: string, date: string, title: string, approvedAt: string) {
  const notebook = {
    ...emptyNotebook({ kind: 'meeting', seriesId: 'main', date }, null, approvedAt),
    title,
    summary: 'Résumé',
    status: 'approved' as const,
    approvedAt,
    announcedAt: approvedAt,
  };
  await app.deps.stores.notebooks.create(tenant, communityId, notebook);
}

const put = (communityId: string, userId: string, enabled: unknown, locale?: string) =>
  app.call('PUT', `/api/communities/${communityId}/monthly/me`, {
    token: app.token({ userId }),
    body: { enabled, ...(locale ? { locale } : {}) },
  });

describe('the members’ monthly summary (integration, Azurite)', () => {
  let id: string;
  let english: string;
  let quiet: string;

  beforeAll(async () => {
    id = await setUp('Mensuel', '19:monthly-fr@thread.tacv2', w3);
    english = await setUp('Monthly', '19:monthly-en@thread.tacv2', w3, 'en');
    // Workshop 3 without a rhythm, and nothing decided or written: nothing to say.
    quiet = await setUp('Tranquille', '19:monthly-calme@thread.tacv2', { checkInQuestion: 'Une réussite ?' });
    for (const userId of ['rui', 'zed'])
      await app.deps.stores.communities.putMember(tenant, id, { userId, name: userId === 'rui' ? 'Rui' : 'Zed', role: 'member' });
    await app.deps.stores.communities.putMember(tenant, english, { userId: 'zoe', name: 'Zoé', role: 'member' });

    // In March 2027 (Toronto): a notebook approved, an anonymous decision with its statement, a decision on 31 March
    // at 22:00 (1 April in UTC); February's and April's stay out.
    await approvedNotebook(id, '2027-03-09', 'Triage des demandes', '2027-03-12T15:00:00.000Z');
    await approvedNotebook(id, '2027-02-23', 'Carnet de février', '2027-02-26T15:00:00.000Z');
    await decide(id, 'charte', '2027-03-20T12:00:00.000Z', { anonymous: true, statement: 'La charte entre en vigueur en avril.' });
    await decide(id, 'horaire', '2027-04-01T02:00:00.000Z');
    await decide(id, 'fevrier', '2027-02-25T12:00:00.000Z');
    await decide(english, 'charter', '2027-03-15T12:00:00.000Z');

    // Ana, Rui and Zed opt in, Ben does not; Nadia (a facilitator) opts in where the community speaks English.
    for (const userId of ['ana', 'rui', 'zed']) expect((await put(id, userId, true)).status).toBe(200);
    expect((await put(english, 'nadia', true)).status).toBe(200);
    // Zoé uses Élan in French, in the community that speaks English: her summary comes in French.
    expect((await put(english, 'zoe', true, 'fr')).body).toEqual({ enabled: true, locale: 'fr', chosen: true });
    expect((await put(quiet, 'ana', true)).status).toBe(200);
    // Rui is removed from the community after opting in; Teams refuses a personal chat with Zed.
    expect((await app.call('DELETE', `/api/communities/${id}/members/rui`, { token: nadia })).status).toBe(200);
    connector.refuseConversationWith('zed');
  });

  it('lets members and facilitators read and set their own setting (off by default); refuses sponsors (403) and bad input (400)', async () => {
    const path = `/api/communities/${quiet}/monthly/me`;
    const ben = app.token({ userId: 'ben' });
    expect(await app.call('GET', path, { token: ben })).toMatchObject({ status: 200, body: { enabled: false, chosen: false } });
    expect(await app.call('PUT', path, { token: ben, body: { enabled: true } })).toMatchObject({
      status: 200,
      body: { enabled: true, chosen: true },
    });
    expect((await app.call('GET', path, { token: ben })).body).toEqual({ enabled: true, chosen: true });
    const bad = await app.call('PUT', path, { token: ben, body: { enabled: 'yes', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain('enabled');
    const badLanguage = await app.call('PUT', path, { token: ben, body: { enabled: true, locale: 'de' } });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error.details.map((d: { path: string }) => d.path)).toEqual(['locale']);
    // Nothing stored was lost.
    expect((await app.call('GET', path, { token: ben })).body).toEqual({ enabled: true, chosen: true });
    expect((await app.call('PUT', path, { token: ben, body: { enabled: false } })).body).toEqual({ enabled: false, chosen: true });

    const sam = app.token({ userId: 'sam' });
    expect((await app.call('GET', path, { token: sam })).status).toBe(403);
    expect((await app.call('PUT', path, { token: sam, body: { enabled: true } })).status).toBe(403);
    expect((await app.call('GET', path, { token: app.token({ userId: 'stranger' }) })).status).toBe(404);
  });

  it('goes out once on the first working day at 9:00 in Toronto, however many runs overlap, to those who opted in only', async () => {
    // Thursday 1 April 2027, 8:55 in Toronto (UTC−4): not yet.
    expect(await summariesAt('2027-04-01T12:55:00Z')).toEqual([]);
    const start = connector.sent.length;
    // 9:05: Ana and Nadia hear once; Ben (not opted in), Rui (removed), Zed (no chat) and the quiet community do not.
    expect(await summariesAt('2027-04-01T13:05:00Z')).toEqual(
      [`${english} nadia 2027-03`, `${english} zoe 2027-03`, `${id} ana 2027-03`].sort(),
    );
    expect(await summariesAt('2027-04-01T13:30:00Z')).toEqual([]);
    expect(await summariesAt('2027-04-02T15:00:00Z')).toEqual([]);
    await connector.waitFor(start + 3);

    const fr = personal(start, translate('fr', 'monthly.title', { community: 'Mensuel', month: 'mars 2027' }));
    expect(fr.map((m) => m.to)).toEqual([expect.stringContaining('ana')]);
    const { card, text } = fr[0]!;
    expect(parseIssues(card)).toBe(0);
    expect(text).toContain('Triage des demandes');
    expect(text).not.toContain('Carnet de février');
    expect(text).toContain('Adopter charte ?');
    expect(text).toContain('Adopter horaire ?');
    expect(text).not.toContain('Adopter fevrier ?');
    expect(text).toContain('La charte entre en vigueur en avril.');
    expect(text).toContain(translate('fr', 'poll.outcome.adopted'));
    expect(text).toContain(translate('fr', 'monthly.decision.turnout', { voters: 1, eligible: 4 }));
    // Counts only: neither the voter nor their answer.
    expect(text).not.toContain('Votante');
    expect(text).not.toContain('secret');
    // The next meeting, Tuesday 6 April at 13:30 in Toronto, told in the community's time zone.
    expect(text).toMatch(/6 avril 2027.*13 h 30/);
    expect(text).toContain(translate('fr', 'rituals.card.zone', { zone: 'America/Toronto' }));

    const en = personal(start, translate('en', 'monthly.title', { community: 'Monthly', month: 'March 2027' }));
    expect(en.map((m) => m.to)).toEqual([expect.stringContaining('nadia')]);
    expect(parseIssues(en[0]!.card)).toBe(0);
    expect(en[0]!.text).toContain(translate('en', 'monthly.decisions'));
    expect(en[0]!.text).toContain('Adopter charter ?');
    const zoe = personal(start, translate('fr', 'monthly.title', { community: 'Monthly', month: 'mars 2027' }));
    expect(zoe.map((m) => m.to)).toEqual([expect.stringContaining('zoe')]);
    expect(parseIssues(zoe[0]!.card)).toBe(0);
    expect(zoe[0]!.text).toContain(translate('fr', 'monthly.decisions'));
  });

  it('gives back the claim of a summary that reached nobody, and claims nothing for whoever did not get one', async () => {
    const states = await app.deps.stores.monthly.listStates(tenant, id);
    const lastOf = (userId: string) => states.find((s) => s.userId === userId)?.lastMonthSent ?? null;
    expect(lastOf('ana')).toBe('2027-03');
    expect(lastOf('zed')).toBeNull();
    expect(lastOf('rui')).toBeNull();
    expect(await app.deps.stores.monthly.claimMonth(tenant, id, 'zed', '2027-03', new Date().toISOString())).toBe(true);
  });

  it('sends nothing for a month where nothing happened, and the next month’s once something did', async () => {
    // Monday 3 May 2027, 9:05 in Toronto: April saw nothing in any community (the next meeting alone says nothing).
    expect(await summariesAt('2027-05-03T13:05:00Z')).toEqual([]);
    // Something decided in April: the summary of April still goes out later in May, once.
    await decide(id, 'avril', '2027-04-20T12:00:00.000Z');
    expect(await summariesAt('2027-05-04T13:05:00Z')).toEqual([`${id} ana 2027-04`]);
    expect(await summariesAt('2027-05-05T13:05:00Z')).toEqual([]);
  });

  it('stops when the member turns it off, and never goes to an archived community', async () => {
    await decide(id, 'mai', '2027-05-20T12:00:00.000Z');
    await decide(english, 'may', '2027-05-20T12:00:00.000Z');
    expect((await put(id, 'ana', false)).body).toEqual({ enabled: false, chosen: true });
    for (const stage of ['closing', 'archived'])
      expect((await app.call('PUT', `/api/communities/${english}/lifecycle`, { token: nadia, body: { stage } })).status).toBe(200);
    // Tuesday 1 June 2027, 9:05 in Toronto.
    expect(await summariesAt('2027-06-01T13:05:00Z')).toEqual([]);
  });
});
