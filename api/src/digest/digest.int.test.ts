import { translate } from '@elan/core/i18n/translate';
import { buildPoll } from '@elan/core/polls/buildPoll';
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

/** Personal messages the bot sent since `from`: who received them (the 1:1 conversation's member) and the card's text. */
const personal = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), text: cardText(cardOf(s)) }));

/** Two overlapping timer runs at one instant; the digests they sent together, as `communityId userId week`. */
async function digestsAt(at: string): Promise<string[]> {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return runs.flatMap((r) => r.digests.sent).sort();
}

/** Meetings weekly on Tuesdays 13:30 in Toronto from 9 March 2027 (workshop 3): the week's next meeting and its roles. */
const w3 = ritualsInput();

/** An open poll of a community closing at the end of March 2027, with one ballot from someone who must stay unnamed. */
async function openPoll(communityId: string) {
  const poll = buildPoll('consent', {
    id: `poll-${communityId}`,
    tenantId: tenant,
    communityId,
    question: 'Adopter la charte ?',
    eligible: 4,
    createdAt: '2027-03-10T12:00:00.000Z',
    closesAt: '2027-03-31T12:00:00.000Z',
  });
  await app.deps.stores.polls.create(poll);
  await app.deps.stores.polls.putBallot(poll, { userId: 'secret', name: 'Votante Secrète' }, { method: 'consent', answer: 'object' });
}

describe('the facilitators’ weekly digest (integration, Azurite)', () => {
  let id: string;
  let english: string;
  let quiet: string;

  beforeAll(async () => {
    id = await setUp('Résumé', '19:digest-fr@thread.tacv2', w3);
    english = await setUp('Digest', '19:digest-en@thread.tacv2', w3, 'en');
    // Workshop 3 without a rhythm: no meeting, no poll, nothing to say.
    quiet = await setUp('Calme', '19:digest-calme@thread.tacv2', { checkInQuestion: 'Une réussite ?' });
    await openPoll(id);
    await openPoll(english);
    // Léo turned the digest off; Mia wants it on Wednesdays at 18:00, and saved it from a tab in English.
    for (const userId of ['leo', 'mia'])
      await app.deps.stores.communities.putMember(tenant, id, { userId, name: userId === 'leo' ? 'Léo' : 'Mia', role: 'facilitator' });
    const put = (userId: string, body: unknown) =>
      app.call('PUT', `/api/communities/${id}/digest/me`, { token: app.token({ userId }), body });
    expect((await put('leo', { enabled: false, weekday: 1, time: '09:00' })).status).toBe(200);
    expect((await put('mia', { enabled: true, weekday: 3, time: '18:00', locale: 'en' })).status).toBe(200);
  });

  it('goes out once a week after the chosen time (Monday 9:00 in Toronto), however many runs overlap', async () => {
    // Monday 15 March 2027, 8:30 in Toronto (UTC−4 since Sunday): not yet.
    expect(await digestsAt('2027-03-15T12:30:00Z')).toEqual([]);
    const start = connector.sent.length;
    // 9:05: Nadia hears once per community with something to say; Léo (off) and Mia (Wednesday) do not.
    expect(await digestsAt('2027-03-15T13:05:00Z')).toEqual([`${english} nadia 2027-W11`, `${id} nadia 2027-W11`].sort());
    expect(await digestsAt('2027-03-15T13:30:00Z')).toEqual([]);
    expect(await digestsAt('2027-03-16T15:00:00Z')).toEqual([]);
    await connector.waitFor(start + 2);
    const received = personal(start);
    expect(received.map((m) => m.to)).toEqual([expect.stringContaining('nadia'), expect.stringContaining('nadia')]);

    const fr = received.find((m) => m.text.includes(translate('fr', 'digest.title', { community: 'Résumé' })))!;
    expect(fr.text).toContain(translate('fr', 'digest.polls'));
    expect(fr.text).toContain('1 sur 4');
    expect(fr.text).toContain(translate('fr', 'digest.meeting'));
    expect(fr.text).toContain('Nadia');
    // The phase's next step rides along: a new community is preparing, workshop 1 first.
    expect(fr.text).toContain(translate('fr', 'digest.phase'));
    expect(fr.text).toContain(translate('fr', 'workshop.1.title'));
    // Counts only: neither the voter nor their answer.
    expect(fr.text).not.toContain('Votante');
    expect(fr.text).not.toContain('object');
    const en = received.find((m) => m.text.includes(translate('en', 'digest.title', { community: 'Digest' })))!;
    expect(en.text).toContain(translate('en', 'digest.polls'));
    expect(en.text).toContain('1 of 4 answered');
  });

  it('Mia’s own day and time: not before Wednesday 18:00, then once, in her language rather than the community’s', async () => {
    expect(await digestsAt('2027-03-17T21:55:00Z')).toEqual([]);
    const start = connector.sent.length;
    expect(await digestsAt('2027-03-17T22:00:00Z')).toEqual([`${id} mia 2027-W11`]);
    expect(await digestsAt('2027-03-18T22:00:00Z')).toEqual([]);
    await connector.waitFor(start + 1);
    const [mine] = personal(start);
    expect(mine!.to).toContain('mia');
    expect(mine!.text).toContain(translate('en', 'digest.title', { community: 'Résumé' }));
    expect(mine!.text).not.toContain(translate('fr', 'digest.polls'));
    expect((await app.call('GET', `/api/communities/${id}/digest/me`, { token: app.token({ userId: 'mia' }) })).body).toMatchObject({
      locale: 'en',
    });
  });

  it('comes again the next week, never to whoever turned it off, never for a community with nothing', async () => {
    const sent = await digestsAt('2027-03-22T13:05:00Z');
    expect(sent).toEqual([`${english} nadia 2027-W12`, `${id} nadia 2027-W12`].sort());
    expect(sent.join(' ')).not.toContain(quiet);
    expect(sent.join(' ')).not.toContain('leo');
  });

  it('in Brussels, Monday 9:00 after the spring DST change is 07:00Z', async () => {
    const brussels = await setUp(
      'Bruxelles',
      '19:digest-bxl@thread.tacv2',
      ritualsInput({ firstMeeting: { date: '2027-03-23', time: '18:00', timeZone: 'Europe/Brussels' } }),
    );
    // Monday 29 March 2027, 8:55 in Brussels (UTC+2 since Sunday); Toronto is still in the night.
    expect(await digestsAt('2027-03-29T06:55:00Z')).toEqual([]);
    expect(await digestsAt('2027-03-29T07:00:00Z')).toEqual([`${brussels} nadia 2027-W13`]);
    expect(await digestsAt('2027-03-29T07:05:00Z')).toEqual([]);
  });

  it('lets a facilitator read and set their own setting; refuses a member (403) and bad input (400 with field paths)', async () => {
    const path = `/api/communities/${quiet}/digest/me`;
    expect(await app.call('GET', path, { token: nadia })).toMatchObject({
      status: 200,
      body: { enabled: true, weekday: 1, time: '09:00', chosen: false },
    });
    const saved = await app.call('PUT', path, { token: nadia, body: { enabled: true, weekday: 5, time: '16:30' } });
    expect(saved).toMatchObject({ status: 200, body: { weekday: 5, time: '16:30', chosen: true } });
    expect((await app.call('GET', path, { token: nadia })).body).toMatchObject({ weekday: 5, time: '16:30', chosen: true });

    const ana = app.token({ userId: 'ana', name: 'Ana' });
    expect((await app.call('GET', path, { token: ana })).status).toBe(403);
    expect((await app.call('PUT', path, { token: ana, body: { enabled: false, weekday: 1, time: '09:00' } })).status).toBe(403);

    const bad = await app.call('PUT', path, { token: nadia, body: { enabled: 'yes', weekday: 8, time: '25:00' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['enabled', 'time', 'weekday']);
    // Nothing stored was lost.
    expect((await app.call('GET', path, { token: nadia })).body).toMatchObject({ weekday: 5, time: '16:30' });
  });
});
