import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { startTestApp, useTestApp } from '../testing/testApp';
import { useFakeConnector } from '../testing/fakeConnector';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp({ ELAN_TAB_URL: 'http://localhost:53000' });
const connector = useFakeConnector();

beforeEach(() => connector.sent.splice(0));

function activity(overrides: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    from: { id: 'user-1', name: 'Nadia' },
    recipient: { id: 'bot-1', name: 'Élan' },
    conversation: { id: 'conv-1' },
    id: `act-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
}

describe('POST /api/messages (integration)', () => {
  it('answers a greeting with the bilingual welcome card, a valid Adaptive Card 1.5', async () => {
    const res = await app.call('POST', '/api/messages', { body: activity({ type: 'message', text: 'bonjour' }) });
    expect(res.status).toBe(200);
    const [sent] = await connector.waitFor(1);
    expect(sent!.path).toMatch(/^\/v3\/conversations\/conv-1\/activities/);
    const attachment = sent!.activity['attachments'][0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(attachment.content)).toEqual([]);
    const texts = attachment.content.body.map((b: { text: string }) => b.text);
    expect(texts).toEqual(expect.arrayContaining([translate('fr', 'bot.welcome.title'), translate('en', 'bot.welcome.title')]));
    expect(attachment.content.actions.find((a: any) => a.type === 'Action.OpenUrl').url).toBe('http://localhost:53000');
    expect(attachment.content.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'channel.linkStart' });
  });

  it('welcomes once on install (Teams also sends conversationUpdate then), not when someone else joins', async () => {
    await app.call('POST', '/api/messages', { body: activity({ type: 'installationUpdate', action: 'add' }) });
    await app.call('POST', '/api/messages', { body: activity({ type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] }) });
    await app.call('POST', '/api/messages', { body: activity({ type: 'conversationUpdate', membersAdded: [{ id: 'someone-else' }] }) });
    await app.call('POST', '/api/messages', { body: activity({ type: 'installationUpdate', action: 'remove' }) });
    await connector.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent).toHaveLength(1);
  });

  it('refuses malformed activities with 400 and sends nothing', async () => {
    expect((await app.call('POST', '/api/messages', { raw: '{"type":' })).status).toBe(400);
    expect((await app.call('POST', '/api/messages', { body: [1, 2] })).status).toBe(400);
    expect((await app.call('POST', '/api/messages', { body: activity({ type: 'message', conversation: undefined }) })).status).toBe(400);
    expect((await app.call('POST', '/api/messages', { body: activity({ type: '' }) })).status).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent).toHaveLength(0);
  });

  it('refuses anonymous traffic outside local mode, even without a bot ID configured', async () => {
    const prod = await startTestApp({ ELAN_ENV: 'production' });
    try {
      const res = await prod.call('POST', '/api/messages', { body: activity({ type: 'message', text: 'hi' }) });
      expect(res.status).toBe(401);
    } finally {
      await prod.stop();
    }
    expect(connector.sent).toHaveLength(0);
  });

  it('requires a Bot Connector token when a bot ID is configured', async () => {
    const secured = await startTestApp({ ELAN_ENV: 'production', ELAN_BOT_ID: '00000000-0000-0000-0000-000000000001' });
    try {
      const anonymous = await secured.call('POST', '/api/messages', { body: activity({ type: 'message', text: 'hi' }) });
      expect(anonymous.status).toBe(401);
      const forged = await secured.call('POST', '/api/messages', {
        body: activity({ type: 'message', text: 'hi' }),
        headers: { authorization: 'Bearer abc.def.ghi' },
      });
      expect(forged.status).toBe(401);
    } finally {
      await secured.stop();
    }
    expect(connector.sent).toHaveLength(0);
  });
});
