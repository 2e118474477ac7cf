import { CloudAdapter } from '@microsoft/agents-hosting';
import { translate } from '@elan/core/i18n/translate';
import { createOutboundSender } from '@elan/bot/outbound/sender';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { sentCard, tabLinksOf, testTeamsAppId, withoutTabLinks } from '../testing/tabDeepLinks';
import { useTestApp } from '../testing/testApp';
import { teamsActivity } from '../testing/teamsActivity';

// The Bot Connector is a boundary we cannot run here: a local fake receives (and can throttle) what the bot sends.
// With a Teams app id, cards carry Teams deep links to the channel tab.
const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
const connector = useFakeConnector();
let nadia: string;
const channel = '19:general@thread.tacv2';

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** A poll card's link to its results on the tab's stage page, in the channel's tab when the card is there. */
const resultsLink = (communityId: string, pollId: string, channelId?: string) => ({
  app: testTeamsAppId,
  entityId: communityId,
  webUrl: `http://localhost:53000/#/c/${communityId}/stage/poll/${pollId}`,
  context: { subEntityId: `/c/${communityId}/stage/poll/${pollId}`, ...(channelId ? { channelId } : {}) },
});

const teamActivity = (overrides: Record<string, unknown>) =>
  teamsActivity(connector.serviceUrl, { conversationId: channel, teamId: '19:team@thread.tacv2' }, overrides);

describe('the bot in a linked channel (integration, Azurite)', () => {
  it('remembers the channel on install, posts polls there once linked, updates the card on close, and stops after removal', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Canal' } });
    expect((await app.call('POST', '/api/messages', { body: teamActivity({ type: 'installationUpdate', action: 'add' }) })).status).toBe(
      200,
    );
    await connector.waitFor(1);
    expect(connector.sent[0]!.path).toMatch(/^\/v3\/conversations\/19:general@thread\.tacv2\/activities/);

    const link = (conversationId: string, token = nadia) =>
      app.call('POST', `/api/communities/${community.id}/conversations`, { token, body: { conversationId } });
    expect((await link('19:unknown@thread.tacv2')).status).toBe(404);
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId: 'marc', name: 'Marc', role: 'member' });
    expect((await link(channel, app.token({ userId: 'marc' }))).status).toBe(403);
    expect((await link(channel)).body).toEqual({
      conversationId: channel,
      conversationType: 'channel',
      teamId: '19:team@thread.tacv2',
      rosterSynced: true,
    });

    const created = await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'Go?', method: 'consent' },
    });
    expect(created.body.posted).toBe(1);
    const posted = connector.sent[1]!;
    expect(posted.method).toBe('POST');
    // The channel gets the card the API answered, its link naming the channel it is in.
    expect(withoutTabLinks(sentCard(posted))).toEqual(withoutTabLinks(created.body.card));
    expect(tabLinksOf(sentCard(posted))).toEqual([resultsLink(community.id, created.body.poll.id, channel)]);
    expect(tabLinksOf(created.body.card)).toEqual([resultsLink(community.id, created.body.poll.id)]);
    const stored = await app.deps.stores.polls.get('local-tenant', community.id, created.body.poll.id);
    expect(stored!.poll.posts).toEqual([{ conversationId: channel, activityId: 'activity-2' }]);

    await app.call('POST', `/api/communities/${community.id}/polls/${created.body.poll.id}/close`, { token: nadia });
    const update = connector.sent[2]!;
    expect(update.method).toBe('PUT');
    expect(update.path).toContain('/activities/activity-2');
    expect(JSON.stringify(update.activity)).toContain(translate('fr', 'poll.outcome.noQuorum'));
    expect(tabLinksOf(sentCard(update))).toEqual([resultsLink(community.id, created.body.poll.id, channel)]);

    await app.call('POST', '/api/messages', { body: teamActivity({ type: 'installationUpdate', action: 'remove' }) });
    const again = await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'Encore?', method: 'consent' },
    });
    expect(again.body.posted).toBe(0);
    expect((await app.call('GET', `/api/communities/${community.id}/conversations`, { token: nadia })).body.conversations).toEqual([]);
  });
});

describe('a poll everyone voted on (integration, Azurite)', () => {
  it('closes as soon as the last eligible member votes, answers the voter first, and replaces the channel copy with the outcome', async () => {
    const decide = '19:decide@thread.tacv2';
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Décider' } });
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId: 'marc', name: 'Marc', role: 'member' });
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId: 'helene', name: 'Hélène', role: 'sponsor' });
    const install = teamActivity({ type: 'installationUpdate', action: 'add' });
    await app.call('POST', '/api/messages', { body: { ...install, conversation: { ...install.conversation, id: decide } } });
    await app.call('POST', `/api/communities/${community.id}/conversations`, { token: nadia, body: { conversationId: decide } });
    const sentBefore = connector.sent.length;
    const { body: created } = await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'On adopte?', method: 'consent' },
    });
    // Nadia and Marc vote; Hélène is a sponsor and does not.
    expect(created.poll.eligible).toBe(2);
    await connector.waitFor(sentBefore + 1);
    const postedId = created.poll.id;
    const vote = (who: { aadObjectId: string; name: string }) =>
      invokeCardAction(app, connector.serviceUrl, who, actionData(created.card, 'poll.vote', 'agree'));

    const first = await vote({ aadObjectId: 'nadia', name: 'Nadia' });
    expect(cardText(first.card)).toContain(translate('fr', 'poll.recorded'));
    const read = () => app.call('GET', `/api/communities/${community.id}/polls/${postedId}`, { token: nadia });
    expect((await read()).body.status).toBe('open');

    const last = await vote({ aadObjectId: 'marc', name: 'Marc' });
    expect(cardText(last.card)).toContain(translate('fr', 'poll.recorded'));
    // The voter's card links to the results in the channel the vote came from (the test votes from 19:channel).
    expect(tabLinksOf(last.card)).toEqual([resultsLink(community.id, postedId, '19:channel@thread.tacv2')]);
    await connector.waitFor(sentBefore + 2);
    const update = connector.sent.at(-1)!;
    expect(update.method).toBe('PUT');
    expect(JSON.stringify(update.activity)).toContain(translate('fr', 'poll.outcome.adopted'));
    expect(tabLinksOf(sentCard(update))).toEqual([resultsLink(community.id, postedId, decide)]);
    expect((await read()).body).toMatchObject({ status: 'closed', voters: 2 });
    const { body: log } = await app.call('GET', `/api/communities/${community.id}/decisions`, { token: nadia });
    expect(log.decisions).toEqual([expect.objectContaining({ pollId: postedId, outcome: 'adopted', voters: 2, eligible: 2 })]);
  });

  it('is closed by the next timer run when the closing after the last vote did not happen', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Rattrapage' } });
    const { body: created } = await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'Seule?', method: 'consent' },
    });
    // Stored straight through the store, as if the instance had stopped right after the vote.
    const { poll } = (await app.deps.stores.polls.get('local-tenant', community.id, created.poll.id))!;
    expect(await app.deps.stores.polls.putBallot(poll, { userId: 'nadia', name: 'Nadia' }, { method: 'consent', answer: 'agree' })).toBe(
      'stored',
    );
    const report = await app.deps.runTimers();
    expect(report.closed).toContain(created.poll.id);
    const { body } = await app.call('GET', `/api/communities/${community.id}/polls/${created.poll.id}`, { token: nadia });
    expect(body).toMatchObject({ status: 'closed', voters: 1 });
  });
});

describe('the shared outbound sender', () => {
  const ref = (conversationId: string): ConversationRef => ({
    tenantId: 't',
    conversationId,
    conversationType: 'channel',
    serviceUrl: connector.serviceUrl,
    channelId: 'msteams',
    bot: { id: '28:elan-bot', name: 'Élan' },
    teamId: null,
    userId: null,
    communityId: null,
    active: true,
    updatedAt: '',
  });

  it('retries 429 answers with backoff, drops nothing and keeps the order', async () => {
    const sender = createOutboundSender(new CloudAdapter({}), undefined, { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 });
    connector.sent.splice(0);
    connector.rejected.splice(0);
    connector.throttleNext(3);
    const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => sender.send(ref('19:order@thread'), { text: `message ${i}` })));
    expect(ids.every(Boolean)).toBe(true);
    expect(connector.rejected).toHaveLength(3);
    expect(connector.sent.map((s) => s.activity['text'])).toEqual(['message 0', 'message 1', 'message 2', 'message 3', 'message 4']);
  });

  it('never sends more than 7 messages per second to one conversation', async () => {
    const sender = createOutboundSender(new CloudAdapter({}), undefined);
    connector.sent.splice(0);
    await Promise.all(Array.from({ length: 16 }, (_, i) => sender.send(ref('19:busy@thread'), { text: `n${i}` })));
    const times = connector.sent.map((s) => s.at);
    expect(times).toHaveLength(16);
    for (let i = 7; i < times.length; i++) expect(times[i]! - times[i - 7]!).toBeGreaterThanOrEqual(950);
  }, 30_000);

  it('reports failure after its attempts when the connector cannot be reached, and sends no apology text', async () => {
    const sender = createOutboundSender(new CloudAdapter({}), undefined, { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 });
    connector.sent.splice(0);
    await expect(sender.send({ ...ref('19:x'), serviceUrl: 'http://127.0.0.1:1/' }, { text: 'x' })).rejects.toBeDefined();
    const apologies = await sender.send(ref('19:y'), { text: 'after' });
    expect(apologies).toBeDefined();
    expect(connector.sent.map((s) => s.activity['text'])).toEqual(['after']);
  });
});
