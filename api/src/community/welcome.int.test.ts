import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { teamsActivity } from '../testing/teamsActivity';
import { useTestApp } from '../testing/testApp';
import { newcomerPulseResults } from '@elan/core/community/newcomerPulse';

// The Bot Connector is a boundary we cannot run here: a local fake serves the team's roster, opens 1:1 chats and
// records what the bot sends. Storage is a real Azurite.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, tenant } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const account = (id: string, name: string) => ({ id: `29:${id}`, aadObjectId: id, name, userPrincipalName: `${id}@example.org` });
const welcomeMessage = 'Un membre-guide vous appelle avant votre première rencontre.';
const purpose = 'Partager nos pratiques d’accueil des nouveaux arrivants.';

/** Welcome cards the bot sent in personal chats since `from`, by who received them. */
const welcomes = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), text: cardText(cardOf(s)) }))
    .filter((m) => m.text.includes(translate('fr', 'welcome.newcomer.charter')));

/** Pulse cards ("are you finding what you came for?") the bot sent in personal chats since `from`. */
const pulses = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), card: cardOf(s) }))
    .filter((m) => cardText(m.card).includes(translate('fr', 'welcome.pulse.question')));

const dayMs = 24 * 3600 * 1000;

/** A community linked to `channel` (its team: Nadia, Ana, Ben), with workshops 1 and 3 saved when `filled`. */
async function linkedCommunity(channel: string, filled: boolean) {
  const team = `team-${channel}`;
  connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('ben', 'Ben')]);
  const id = await setUp(`Accueil ${channel}`, channel, filled ? ritualsInput({ welcomeSteps: welcomeMessage }) : {});
  if (filled) {
    const current = await app.call('GET', `/api/communities/${id}/workshops/1`, { token: nadia });
    const saved = await app.call('PUT', `/api/communities/${id}/workshops/1`, {
      token: nadia,
      body: { purposeStatement: purpose },
      headers: { 'if-match': current.body.etag },
    });
    expect(saved.status).toBe(200);
  }
  return { id, team };
}

/** Teams tells the bot that people were added to the team, as seen from the linked channel. */
const added = (channel: string, team: string, ids: string[]) =>
  teamsActivity(
    connector.serviceUrl,
    { conversationId: channel, teamId: team, tenantId: tenant },
    {
      id: `added-${ids.join('-')}`,
      type: 'conversationUpdate',
      membersAdded: ids.map((id) => (id === 'bot' ? { id: '28:elan-bot' } : { id: `29:${id}`, aadObjectId: id })),
    },
  );

describe('welcoming newcomers (integration, Azurite, fake connector)', () => {
  it('a newcomer gets one welcome even when Teams delivers twice; a member already there and the bot get none', async () => {
    const channel = '19:accueil@thread.tacv2';
    const { id, team } = await linkedCommunity(channel, true);
    connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('ben', 'Ben'), account('zoe', 'Zoé')]);
    const start = connector.sent.length;
    const activity = added(channel, team, ['zoe', 'ana', 'bot']);
    // Two deliveries at once (overlapping instances), then a retry.
    const both = await Promise.all([1, 2].map(() => app.call('POST', '/api/messages', { body: activity })));
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect((await app.call('POST', '/api/messages', { body: activity })).status).toBe(200);
    await connector.waitFor(start + 1);
    await new Promise((r) => setTimeout(r, 200));

    const sent = welcomes(start);
    expect(sent.map((m) => m.to)).toEqual(['zoe']);
    const [card] = sent;
    expect(card!.text).toContain(welcomeMessage);
    expect(card!.text).toContain(purpose);
    expect(card!.text).toContain(translate('fr', 'welcome.newcomer.meeting'));
    // Workshop 3's first meeting (9 March 2027, 13:30 in Toronto) is the next one.
    expect(card!.text).toContain('2027-03-09T18:30:00Z');
    expect(card!.text).not.toContain(translate('fr', 'welcome.newcomer.meeting.none'));
    // Zoé never wrote to the bot: her 1:1 was opened through the channel.
    expect(connector.created.filter((c) => c.members.includes('zoe'))).toHaveLength(1);
    const stored = await app.deps.stores.communities.listMembers(tenant, id, { all: true });
    expect(stored.find((m) => m.userId === 'zoe')).toMatchObject({ role: 'member', status: 'active' });

    // Later, someone else joins: only they are welcomed, Zoé not again.
    connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('zoe', 'Zoé'), account('yann', 'Yann')]);
    const later = connector.sent.length;
    await app.call('POST', '/api/messages', { body: added(channel, team, ['yann', 'zoe']) });
    await connector.waitFor(later + 1);
    expect(welcomes(later).map((m) => m.to)).toEqual(['yann']);
  });

  it('without workshops 1 and 3, the welcome says the charter and the next meeting are still to come', async () => {
    const channel = '19:accueil-vide@thread.tacv2';
    const { team } = await linkedCommunity(channel, false);
    connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('ben', 'Ben'), account('xavi', 'Xavi')]);
    const start = connector.sent.length;
    await app.call('POST', '/api/messages', { body: added(channel, team, ['xavi']) });
    await connector.waitFor(start + 1);
    const sent = welcomes(start);
    expect(sent.map((m) => m.to)).toEqual(['xavi']);
    expect(sent[0]!.text).toContain(translate('fr', 'welcome.newcomer.charterPending'));
    expect(sent[0]!.text).toContain(translate('fr', 'welcome.newcomer.meeting.none'));
  });

  it('a newcomer whose personal chat Teams refuses gets nothing, and their welcome is not spent', async () => {
    const channel = '19:accueil-refus@thread.tacv2';
    const { id, team } = await linkedCommunity(channel, true);
    connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('ben', 'Ben'), account('wen', 'Wen')]);
    connector.refuseConversationWith('wen');
    const start = connector.sent.length;
    await app.call('POST', '/api/messages', { body: added(channel, team, ['wen']) });
    expect(welcomes(start)).toEqual([]);
    // The claim was given back: a later delivery may still welcome them.
    expect(await app.deps.stores.welcomes.claim(tenant, id, 'wen', 'welcome', new Date().toISOString())).toBe(true);
  });

  it('the pulse goes once at day 30 (timer runs overlapping), not at day 29; answers count once and name nobody', async () => {
    const channel = '19:accueil-pouls@thread.tacv2';
    const { id, team } = await linkedCommunity(channel, true);
    connector.setRoster(team, [account('nadia', 'Nadia'), account('ana', 'Ana'), account('ben', 'Ben'), account('vera', 'Vera')]);
    const start = connector.sent.length;
    const welcomedAt = Date.now();
    await app.call('POST', '/api/messages', { body: added(channel, team, ['vera']) });
    await connector.waitFor(start + 1);
    expect(welcomes(start).map((m) => m.to)).toEqual(['vera']);

    const day29 = connector.sent.length;
    await app.deps.runTimers(new Date(welcomedAt + 29 * dayMs).toISOString());
    expect(pulses(day29).filter((m) => m.to === 'vera')).toEqual([]);

    const day30 = connector.sent.length;
    const at = new Date(welcomedAt + 30 * dayMs + 60_000).toISOString();
    await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
    await app.deps.runTimers(new Date(welcomedAt + 31 * dayMs).toISOString());
    await connector.waitFor(day30 + 1);
    const sent = pulses(day30).filter((m) => m.to === 'vera');
    expect(sent).toHaveLength(1);
    const card = sent[0]!.card;
    expect(cardText(card)).toContain(translate('fr', 'welcome.pulse.anonymous'));

    const vera = { aadObjectId: 'vera', name: 'Vera' };
    const pulseVerb = { verb: 'welcome.pulse' };
    const answer = await invokeCardAction(app, connector.serviceUrl, vera, actionData(card, 'welcome.pulse', 'partly'), pulseVerb);
    expect(cardText(answer.card)).toContain(translate('fr', 'welcome.pulse.thanks'));
    const again = await invokeCardAction(app, connector.serviceUrl, vera, actionData(card, 'welcome.pulse', 'yes'), pulseVerb);
    expect(cardText(again.card)).toContain(translate('fr', 'welcome.pulse.already'));
    // Ana, a member who was never asked, cannot add an answer.
    const forged = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'ana', name: 'Ana' },
      actionData(card, 'welcome.pulse', 'yes'),
      pulseVerb,
    );
    expect(cardText(forged.card)).toContain(translate('fr', 'welcome.pulse.notAllowed'));

    expect(await app.deps.stores.welcomes.pulseCounts(tenant, id)).toEqual({ yes: 0, partly: 1, notYet: 0 });
    // One answer is below the anonymity threshold: facilitators see no counts yet.
    const results = await newcomerPulseResults(app.deps.stores, tenant, id);
    expect(results).toMatchObject({ respondents: 1, counts: null });
    // Nothing stored in the community's partition names Vera beside her answer.
    const rows = [];
    for await (const row of app.deps.tables.communities.listEntities({ queryOptions: { filter: `PartitionKey eq '${tenant}|${id}'` } }))
      rows.push(row);
    const answerRows = rows.filter((r) => String(r.rowKey).startsWith('welcome|answer|'));
    expect(answerRows).toHaveLength(1);
    expect(JSON.stringify(answerRows)).not.toContain('vera');
  });
});
