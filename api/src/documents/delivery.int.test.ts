import { createHash } from 'node:crypto';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';
import { documentLinkKey, signDocumentToken } from './signedLink';
import { packageProblems, readDocx } from './testing/docxInspector';

// The Bot Connector (and the OneDrive upload URL it hands out) is a boundary we cannot run here: the fake
// connector records what the bot sends, creates personal chats and takes the uploaded bytes.
const tenant = 'local-tenant';
const channel = '19:delivery@thread.tacv2';
const heleneEmail = 'helene.bouchard@cisss.example';
const consentType = 'application/vnd.microsoft.teams.card.file.consent';
const fileInfoType = 'application/vnd.microsoft.teams.card.file.info';

const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
let communityId: string;

async function message(text: string, conversationId: string, conversationType: string, userId: string, locale = 'fr-CA') {
  const before = connector.sent.length;
  const res = await app.call('POST', '/api/messages', {
    body: {
      type: 'message',
      text,
      id: `m-${Math.random()}`,
      locale,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: { id: conversationId, tenantId: tenant, conversationType },
      channelData: { tenant: { id: tenant } },
    },
  });
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
  const id = (await app.call('POST', '/api/communities', { token: nadia, body: { name, language: 'fr' } })).body.id as string;
  for (const s of sponsors)
    expect((await app.call('POST', `/api/communities/${id}/members`, { token: nadia, body: { ...s, role: 'sponsor' } })).status).toBe(201);
  return id;
}

const sentTo = (conversationId: string, from = 0) =>
  connector.sent.slice(from).filter((e) => e.activity['conversation']?.id === conversationId);
const attachmentsOf = (entries: { activity: Record<string, any> }[]) => entries.flatMap((e) => (e.activity['attachments'] ?? []) as any[]);

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
  communityId = await newCommunity('Partenaires en action', [
    { userId: 'helene', name: `Hélène Bouchard <${heleneEmail}>` },
    { userId: 'paul', name: 'Paul Lemieux' },
  ]);
  expect(
    (
      await app.call('POST', `/api/communities/${communityId}/members`, {
        token: nadia,
        body: { userId: 'marc', name: 'Marc', role: 'member' },
      })
    ).status,
  ).toBe(201);
  const w1 = await app.call('GET', `/api/communities/${communityId}/workshops/1`, { token: nadia });
  await app.call('PUT', `/api/communities/${communityId}/workshops/1`, {
    token: nadia,
    body: exampleWorkshops[1],
    headers: { 'if-match': w1.body.etag },
  });
  // The bot is in the community's channel (linked) and already has a personal chat with Hélène; none with Paul.
  await message('bonjour', channel, 'channel', 'nadia');
  expect(
    (await app.call('POST', `/api/communities/${communityId}/conversations`, { token: nadia, body: { conversationId: channel } })).status,
  ).toBe(200);
  await message('bonjour', 'a:personal-helene', 'personal', 'helene');
});

describe('sending documents to sponsors (integration, Azurite, fake Bot Connector)', () => {
  let report: any;
  let consent: Record<string, any>;
  let sendStart: number;

  it('offers each sponsor a file consent card in a personal chat, creating the chat when there is none', async () => {
    sendStart = connector.sent.length;
    const res = await app.call('POST', `/api/communities/${communityId}/documents/send`, { token: nadia, body: { kind: 'charter' } });
    expect(res.status).toBe(200);
    report = res.body;
    expect(report).toMatchObject({ kind: 'charter', version: 1, language: 'fr', sentBy: 'Nadia Tremblay', channels: 1 });
    expect(report.recipients).toEqual([
      { userId: 'helene', name: 'Hélène Bouchard', via: 'fileConsent' },
      { userId: 'paul', name: 'Paul Lemieux', via: 'fileConsent' },
    ]);
    // Paul's chat was created proactively (with the tenant) and recorded for later sends.
    expect(connector.created).toEqual([{ members: ['paul'], tenantId: tenant }]);
    expect(await app.deps.stores.conversations.personal(tenant, 'paul')).toMatchObject({ conversationId: 'a:personal-paul', active: true });
    for (const who of ['helene', 'paul']) {
      const cards = attachmentsOf(sentTo(`a:personal-${who}`, sendStart));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ contentType: consentType, name: report.fileName });
      expect(cards[0].name).toMatch(/^Charte.*Partenaires en action.*\.docx$/);
      expect(cards[0].content.description).toBe(
        translate('fr', 'delivery.consent.description', {
          by: 'Nadia Tremblay',
          document: translate('fr', 'delivery.document.charter'),
          community: 'Partenaires en action',
          version: 1,
        }),
      );
      expect(cards[0].content.sizeInBytes).toBeGreaterThan(1000);
      expect(cards[0].content.acceptContext).toEqual(cards[0].content.declineContext);
    }
    consent = attachmentsOf(sentTo('a:personal-helene', sendStart))[0].content;
  });

  it('tells the linked channel which version was sent, by whom and to whom — names only, never emails', async () => {
    const posted = attachmentsOf(sentTo(channel, sendStart));
    expect(posted).toHaveLength(1);
    const card = posted[0].content;
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(
      translate('fr', 'delivery.sent.charter', { version: 1, by: 'Nadia Tremblay', to: 'Hélène Bouchard, Paul Lemieux' }),
    );
    expect(text).not.toContain('@');
    expect(JSON.stringify(report)).not.toContain(heleneEmail);
  });

  it('on accept, uploads the sponsor copy once (a retried invoke does not upload again) and posts the file info card', async () => {
    const before = connector.sent.length;
    const res = await answerConsent('helene', 'accept', consent.acceptContext, { upload: 'helene-charte.docx' });
    expect(res.status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    const upload = connector.uploads[0]!;
    expect(upload.path).toBe('/upload/helene-charte.docx');
    expect(upload.contentRange).toBe(`bytes 0-${upload.bytes.length - 1}/${upload.bytes.length}`);
    // The bytes are the recorded version 1: a valid .docx, the charter, the sponsor copy.
    const records = await app.deps.stores.documents.list(tenant, communityId, 'charter');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ version: 1, audience: 'sponsors', language: 'fr' });
    expect(createHash('sha256').update(upload.bytes).digest('hex')).toBe(records[0]!.sha256);
    const docx = readDocx(upload.bytes);
    expect(packageProblems(docx.files)).toEqual([]);
    expect(docx.paragraphs).toContain(translate('fr', 'doc.charter.ch1'));
    expect(docx.paragraphs.join('\n')).toContain(exampleWorkshops[1].purposeStatement as string);
    expect(docx.paragraphs.join('\n')).not.toContain(heleneEmail);
    const info = attachmentsOf(sentTo('a:personal-helene', before));
    expect(info).toEqual([
      expect.objectContaining({
        contentType: fileInfoType,
        name: 'Charte.docx',
        contentUrl: expect.stringContaining('sharepoint.com'),
        content: { uniqueId: 'A1B2C3D4-0000-4000-8000-000000000001', fileType: 'docx' },
      }),
    ]);
    // Teams retries an invoke it thinks timed out: the second accept changes nothing.
    const retried = await answerConsent('helene', 'accept', consent.acceptContext, { upload: 'helene-charte.docx' });
    expect(retried.status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    expect(attachmentsOf(sentTo('a:personal-helene', before))).toHaveLength(1);
  });

  it('on decline, uploads nothing and acknowledges politely, in the sponsor’s language', async () => {
    const paulConsent = attachmentsOf(sentTo('a:personal-paul', sendStart))[0].content;
    const before = connector.sent.length;
    const res = await answerConsent('paul', 'decline', paulConsent.declineContext, { locale: 'en-US' });
    expect(res.status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    const replies = attachmentsOf(sentTo('a:personal-paul', before));
    expect(replies).toHaveLength(1);
    expect(cardProblems(replies[0].content)).toEqual([]);
    expect(cardText(replies[0].content)).toBe(translate('en', 'delivery.declined'));
  });

  it('refuses a consent answer with a tampered token, or from someone the card was not for', async () => {
    const token: string = consent.acceptContext.token;
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    expect((await answerConsent('helene', 'accept', { token: tampered }, { upload: 'forged.docx' })).status).toBe(403);
    // Paul answering with Hélène's card (a valid signature, but not his).
    expect((await answerConsent('paul', 'accept', consent.acceptContext, { upload: 'stolen.docx' })).status).toBe(403);
    // The bot PUTs only to web upload URLs, never to files or other schemes.
    for (const uploadUrl of ['file:///etc/passwd', 'ftp://example.org/x', 'not a url'])
      expect((await answerConsent('helene', 'accept', consent.acceptContext, { uploadUrl })).status).toBe(400);
    expect(connector.uploads.map((u) => u.path)).toEqual(['/upload/helene-charte.docx']);
  });

  it('serves the signed link while valid; refuses it when tampered (403) or expired (410)', async () => {
    const url = new URL(report.link.url);
    expect(url.origin).toBe(app.baseUrl);
    expect(Date.parse(report.link.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);
    expect(Date.parse(report.link.expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    // Anonymous: no token header at all.
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    const bytes = Buffer.from(await ok.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      (await app.deps.stores.documents.list(tenant, communityId, 'charter'))[0]!.sha256,
    );
    expect(decodeURIComponent(ok.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(report.fileName);

    const token = url.searchParams.get('token')!;
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherVersion = Buffer.from(JSON.stringify({ ...claims, v: 2 })).toString('base64url');
    for (const bad of [`${otherVersion}.${signature}`, `${payload}.${'A'.repeat(43)}`, 'garbage', '']) {
      const res = await fetch(`${app.baseUrl}/api/documents/shared?token=${encodeURIComponent(bad)}`, {
        headers: { 'accept-language': 'fr' },
      });
      expect({ bad, status: res.status }).toEqual({ bad, status: 403 });
      expect(await res.json()).toEqual({ error: { code: 'delivery.link.forged', message: translate('fr', 'delivery.link.forged') } });
    }
    // A genuinely signed token whose time is up.
    const expired = signDocumentToken(documentLinkKey(app.deps.config), {
      tenantId: tenant,
      communityId,
      kind: 'charter',
      version: 1,
      lang: 'fr',
      expiresAt: Date.now() - 1000,
    });
    const gone = await fetch(`${app.baseUrl}/api/documents/shared?token=${expired}`, { headers: { 'accept-language': 'en' } });
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { error: { message: string } }).error.message).toBe(translate('en', 'delivery.link.gone'));
    // The link itself, 25 hours later.
    const realNow = app.deps.now;
    app.deps.now = () => new Date(Date.now() + 25 * 3600 * 1000).toISOString();
    try {
      expect((await fetch(url)).status).toBe(410);
    } finally {
      app.deps.now = realNow;
    }
  });

  it('lets only facilitators send (403 for members and sponsors, 404 for outsiders) and refuses bad input with 400', async () => {
    const path = `/api/communities/${communityId}/documents/send`;
    for (const userId of ['marc', 'helene'])
      expect((await app.call('POST', path, { token: app.token({ userId }), body: { kind: 'charter' } })).status).toBe(403);
    expect((await app.call('POST', path, { token: app.token({ userId: 'stranger' }), body: { kind: 'charter' } })).status).toBe(404);
    expect((await app.call('POST', path, { body: { kind: 'charter' } })).status).toBe(401);
    const bad = await app.call('POST', path, { token: nadia, body: { kind: 'poster' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'kind' })]);
    expect((await app.call('POST', path, { token: nadia, raw: '{not json' })).status).toBe(400);
    const noSponsor = await newCommunity('Sans commanditaire', []);
    const none = await app.call('POST', `/api/communities/${noSponsor}/documents/send`, { token: nadia, body: { kind: 'charter' } });
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe(translate('en', 'delivery.error.noSponsors'));
    // Nothing was generated by the refused sends.
    expect(await app.deps.stores.documents.list(tenant, communityId, 'charter')).toHaveLength(1);
  });

  it('falls back to the signed link when a sponsor’s personal chat cannot be created, and says so', async () => {
    connector.refuseConversationWith('zoe');
    const id = await newCommunity('Lien de secours', [{ userId: 'zoe', name: 'Zoé Roy' }]);
    const linked = '19:fallback@thread.tacv2';
    await message('bonjour', linked, 'channel', 'nadia');
    await app.call('POST', `/api/communities/${id}/conversations`, { token: nadia, body: { conversationId: linked } });
    const before = connector.sent.length;
    const res = await app.call('POST', `/api/communities/${id}/documents/send`, {
      token: nadia,
      body: { kind: 'impactReport', lang: 'en' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'impactReport',
      version: 1,
      language: 'en',
      recipients: [{ userId: 'zoe', name: 'Zoé Roy', via: 'forward' }],
    });
    expect((await fetch(res.body.link.url)).status).toBe(200);
    const card = attachmentsOf(sentTo(linked, before))[0].content;
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain(translate('fr', 'delivery.sent.forward', { names: 'Zoé Roy', by: 'Nadia Tremblay' }));
  });

  it('sends from the chat command in the linked channel: facilitators get a report, others a polite refusal', async () => {
    const before = connector.sent.length;
    const reply = await message('<at>Élan</at> envoyer la charte', channel, 'channel', 'nadia');
    expect(cardProblems(reply)).toEqual([]);
    expect(cardText(reply)).toContain(
      translate('fr', 'delivery.sent.charter', { version: 2, by: 'nadia', to: 'Hélène Bouchard, Paul Lemieux' }),
    );
    expect(cardText(reply)).toContain(translate('fr', 'delivery.report.reached', { names: 'Hélène Bouchard, Paul Lemieux' }));
    // A channel reply is read by everyone in it: it never carries the download link.
    expect(JSON.stringify(reply)).not.toContain('/api/documents/shared');
    // Both sponsors now have personal chats: two consent cards, no new chat created.
    expect(attachmentsOf(sentTo('a:personal-helene', before)).map((a) => a.contentType)).toEqual([consentType]);
    expect(attachmentsOf(sentTo('a:personal-paul', before)).map((a) => a.contentType)).toEqual([consentType]);
    expect(connector.created.filter((c) => c.members.includes('paul'))).toHaveLength(1);
    const refused = await message('<at>Élan</at> send charter', channel, 'channel', 'marc', 'en-US');
    expect(cardText(refused)).toBe(translate('en', 'delivery.error.forbidden'));
    expect(await app.deps.stores.documents.list(tenant, communityId, 'charter')).toHaveLength(2);
  });

  it('gives concurrent charter generations distinct, consecutive versions, each file showing its own', async () => {
    const id = await newCommunity('Course aux versions', []);
    const downloads = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const res = await fetch(`${app.baseUrl}/api/communities/${id}/charter.docx?lang=fr`, {
          headers: { authorization: `Bearer ${nadia}` },
        });
        expect(res.status).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        const name = decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!);
        return { bytes, printed: Number(/ - v(\d+)\.docx$/.exec(name)![1]) };
      }),
    );
    const records = await app.deps.stores.documents.list(tenant, id, 'charter');
    expect(records.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(downloads.map((d) => d.printed).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const d of downloads) {
      // The record of the version printed in a file is that very file.
      expect(records.find((r) => r.version === d.printed)!.sha256).toBe(createHash('sha256').update(d.bytes).digest('hex'));
      expect(readDocx(d.bytes).paragraphs.join('\n')).toContain(
        translate('fr', 'doc.runningHeader', {
          name: 'Course aux versions',
          kind: translate('fr', 'doc.charter.kind'),
          version: d.printed,
        }),
      );
    }
  });
});
