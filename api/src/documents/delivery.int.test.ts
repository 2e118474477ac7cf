import { createHash } from 'node:crypto';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { cardText } from '../testing/pollActivities';
import { channel, consentType, fileInfoType, heleneEmail, tenant, useDeliveryWorld } from './testing/deliveryWorld';
import { packageProblems, readDocx } from './testing/docxInspector';

// The link, refusal, fallback, chat-command and concurrency cases are in deliveryLinks.int.test.ts.
const world = useDeliveryWorld();
const { app, connector, answerConsent, sentTo, attachmentsOf } = world;
let nadia: string;
let communityId: string;

beforeAll(() => {
  ({ nadia, communityId } = world);
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
});
