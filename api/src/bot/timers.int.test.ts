import { translate } from '@elan/core/i18n/translate';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, invokeCardAction } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';
import { installAndLink } from '../testing/teamsActivity';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const personalChat = (userId: string) => ({
  type: 'message',
  text: 'bonjour',
  id: `m-${userId}`,
  channelId: 'msteams',
  serviceUrl: connector.serviceUrl,
  from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
  recipient: { id: '28:elan-bot', name: 'Élan' },
  conversation: { id: `a:personal-${userId}`, tenantId: 'local-tenant', conversationType: 'personal' },
});

describe('poll deadlines and reminders (integration, Azurite)', () => {
  it('reminds each non-voter with a personal chat exactly once, even when two timer runs overlap, then closes at the deadline once', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Rappels' } });
    for (const m of ['m0', 'm1', 'm2', 'm3'])
      await app.deps.stores.communities.putMember('local-tenant', community.id, { userId: m, name: m, role: 'member' });
    for (const m of ['m0', 'm1', 'm2']) await app.call('POST', '/api/messages', { body: personalChat(m) });
    await connector.waitFor(3);
    connector.sent.splice(0);

    const { body } = await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'Secret question?', method: 'consent', votingDays: 1 },
    });
    await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'm0', name: 'm0' }, actionData(body.card, 'poll.vote', 'agree'));

    const [a, b] = await Promise.all([app.deps.runTimers(), app.deps.runTimers()]);
    expect(a.reminded + b.reminded).toBe(2);
    await connector.waitFor(2);
    expect(connector.sent.map((s) => s.path.split('/')[3]).sort()).toEqual(['a:personal-m1', 'a:personal-m2']);
    const text = JSON.stringify(connector.sent.map((s) => s.activity));
    expect(text).toContain(translate('fr', 'poll.reminder.title'));
    expect(text).toContain('Secret question?');
    expect(text).not.toContain(translate('fr', 'poll.answer.agree'));
    // Each reminder links to the poll's results in the tab.
    const pollLink = `#/c/${community.id}/stage/poll/${body.poll.id}`;
    for (const s of connector.sent) {
      const actions = s.activity['attachments'][0].content.actions as { type: string; url: string }[];
      expect(actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: expect.stringContaining(pollLink) })]);
    }

    // A later run sends nothing new: reminders are claimed.
    expect((await app.deps.runTimers()).reminded).toBe(0);

    const afterDeadline = new Date(Date.parse(body.poll.closesAt) + 1000).toISOString();
    const runs = await Promise.all([app.deps.runTimers(afterDeadline), app.deps.runTimers(afterDeadline)]);
    expect(runs.flatMap((r) => r.closed)).toContain(body.poll.id);
    const log = await app.call('GET', `/api/communities/${community.id}/decisions`, { token: nadia });
    expect(log.body.decisions).toHaveLength(1);
    expect(log.body.decisions[0]).toMatchObject({ pollId: body.poll.id, voters: 1, eligible: 5 });
    const read = await app.call('GET', `/api/communities/${community.id}/polls/${body.poll.id}`, { token: nadia });
    expect(read.body.status).toBe('closed');
  });

  it('opens a personal chat through the community channel for a member who never wrote to the bot, and reminds them there once', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Rappels 1:1' } });
    await app.deps.stores.communities.putMember('local-tenant', community.id, { userId: 'quiet', name: 'Quiet Member', role: 'member' });
    const channel = '19:reminders@thread.tacv2';
    await installAndLink(app, connector.serviceUrl, nadia, community.id, {
      conversationId: channel,
      teamId: '19:team-reminders@thread.tacv2',
    });
    await app.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: 'Quiet question?', method: 'consent', votingDays: 1 },
    });
    const createdBefore = connector.created.length;
    connector.sent.splice(0);
    const [a, b] = await Promise.all([app.deps.runTimers(), app.deps.runTimers()]);
    // Nadia (facilitator) and the quiet member were both without a personal chat: both reached, once each.
    expect(a.reminded + b.reminded).toBe(2);
    expect(
      connector.created
        .slice(createdBefore)
        .map((c) => c.members)
        .sort(),
    ).toEqual([['nadia'], ['quiet']]);
    const sent = connector.sent.filter((s) => s.path.startsWith('/v3/conversations/a:personal-quiet/'));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.activity)).toContain('Quiet question?');
    expect(await app.deps.stores.conversations.personal('local-tenant', 'quiet')).toMatchObject({ conversationId: 'a:personal-quiet' });
  });
});
