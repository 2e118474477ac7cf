import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useFakeConnector } from '../../testing/fakeConnector';
import { useTestApp } from '../../testing/testApp';
import { messageActivity } from './chatMessage';

// The Bot Connector (and the OneDrive upload URL it hands out) is a boundary we cannot run here: the fake
// connector records what the bot sends, creates personal chats and takes the uploaded bytes.

export const tenant = 'local-tenant';
export const channel = '19:delivery@thread.tacv2';
export const heleneEmail = 'helene.bouchard@cisss.example';
export const consentType = 'application/vnd.microsoft.teams.card.file.consent';
export const fileInfoType = 'application/vnd.microsoft.teams.card.file.info';

const attachmentsOf = (entries: { activity: Record<string, any> }[]) => entries.flatMap((e) => (e.activity['attachments'] ?? []) as any[]);

/**
 * A running API with Nadia's community "Partenaires en action": two sponsors (Hélène, with an e-mail in
 * her name, and Paul), a member (Marc), workshop 1 filled in, a linked channel, and a personal chat with
 * Hélène only. Call at the top of a test file.
 */
export function useDeliveryWorld() {
  const app = useTestApp();
  const connector = useFakeConnector();
  const world = { app, connector, nadia: '', communityId: '', message, answerConsent, newCommunity, sentTo, attachmentsOf };

  function sentTo(conversationId: string, from = 0) {
    return connector.sent.slice(from).filter((e) => e.activity['conversation']?.id === conversationId);
  }

  async function message(text: string, conversationId: string, conversationType: string, userId: string, locale = 'fr-CA') {
    const before = connector.sent.length;
    const body = messageActivity(connector.serviceUrl, { text, conversationId, conversationType, userId, locale, tenantId: tenant });
    const res = await app.call('POST', '/api/messages', { body });
    expect(res.status).toBe(200);
    await connector.waitFor(before + 1);
    // The reply is the last activity to that conversation (a send posts consent cards and the channel card first).
    return sentTo(conversationId, before).at(-1)!.activity['attachments'][0].content;
  }

  /** Posts Teams' `fileConsent/invoke` (the sponsor answered the consent card) as the Bot Connector would. */
  async function answerConsent(
    userId: string,
    action: 'accept' | 'decline',
    context: unknown,
    opts: { upload?: string; uploadUrl?: string; locale?: string } = {},
  ) {
    return app.call('POST', '/api/messages', {
      body: {
        type: 'invoke',
        name: 'fileConsent/invoke',
        id: `invoke-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        locale: opts.locale ?? 'fr-CA',
        from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
        recipient: { id: '28:elan-bot', name: 'Élan' },
        conversation: { id: `a:personal-${userId}`, tenantId: tenant, conversationType: 'personal' },
        channelData: { tenant: { id: tenant } },
        value: {
          type: 'fileUpload',
          action,
          context,
          uploadInfo:
            action === 'accept'
              ? {
                  name: 'Charte.docx',
                  uploadUrl: opts.uploadUrl ?? `${connector.serviceUrl}upload/${opts.upload ?? 'Charte.docx'}`,
                  contentUrl: 'https://contoso-my.sharepoint.com/personal/helene/Documents/Applications/Charte.docx',
                  uniqueId: 'A1B2C3D4-0000-4000-8000-000000000001',
                  fileType: 'docx',
                }
              : undefined,
        },
      },
    });
  }

  async function newCommunity(name: string, sponsors: { userId: string; name: string }[]): Promise<string> {
    const token = world.nadia;
    const id = (await app.call('POST', '/api/communities', { token, body: { name, language: 'fr' } })).body.id as string;
    for (const s of sponsors)
      expect((await app.call('POST', `/api/communities/${id}/members`, { token, body: { ...s, role: 'sponsor' } })).status).toBe(201);
    return id;
  }

  beforeAll(async () => {
    world.nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
    const token = world.nadia;
    const communityId = await newCommunity('Partenaires en action', [
      { userId: 'helene', name: `Hélène Bouchard <${heleneEmail}>` },
      { userId: 'paul', name: 'Paul Lemieux' },
    ]);
    world.communityId = communityId;
    const member = { userId: 'marc', name: 'Marc', role: 'member' };
    expect((await app.call('POST', `/api/communities/${communityId}/members`, { token, body: member })).status).toBe(201);
    const w1 = await app.call('GET', `/api/communities/${communityId}/workshops/1`, { token });
    await app.call('PUT', `/api/communities/${communityId}/workshops/1`, {
      token,
      body: exampleWorkshops[1],
      headers: { 'if-match': w1.body.etag },
    });
    // The bot is in the community's channel (linked) and already has a personal chat with Hélène; none with Paul.
    await message('bonjour', channel, 'channel', 'nadia');
    const link = await app.call('POST', `/api/communities/${communityId}/conversations`, { token, body: { conversationId: channel } });
    expect(link.status).toBe(200);
    await message('bonjour', 'a:personal-helene', 'personal', 'helene');
  });

  return world;
}
