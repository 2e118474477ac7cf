import type { ConsentedFile, ConsentedFiles } from '@elan/bot/documents/fileConsent';
import { fileConsentAttachment } from '@elan/bot/documents/fileConsent';
import { cardReply } from '@elan/bot/cardReply';
import { documentLinkCard, documentSentCard } from '@elan/core/documents/deliveryCards';
import { type DeliveryPorts, type DeliveryReport, sendDocuments } from '@elan/core/documents/sendDocuments';
import type { Principal } from '@elan/core/community/community';
import { translate } from '@elan/core/i18n/translate';
import type { Config } from '../config';
import type { Deps } from '../http/route';
import { DeliveryFileRepository } from './deliveryFileRepository';
import type { Tables } from '../storage/tables';
import { generateUnique } from './documentFile';
import { generateCharter } from './generateCharter';
import { generateImpactReport } from './generateImpactReport';
import { consentValidityMs, documentLinkKey, linkValidityMs, signDocumentToken, verifyDocumentToken } from './signedLink';

/** The path of the anonymous download route; the token travels in the query. */
export const sharedDocumentPath = '/api/documents/shared';

/**
 * Sends a document to a community's sponsors. Which way each sponsor gets it:
 * - a Teams personal chat (recorded, or created now): the file consent card, so the file lands in their OneDrive;
 * - a personal chat on a channel without file support (e.g. a test client): a card with the signed link;
 * - no personal chat possible (the app is not available to them): the facilitator gets the signed link to forward.
 * `origin` is the API's public origin (from the request), for the link.
 */
export function sendToSponsors(
  deps: Deps,
  principal: Principal,
  communityId: string,
  input: unknown,
  origin: string,
): Promise<DeliveryReport> {
  const { tenantId } = principal;
  const files = new DeliveryFileRepository(deps.tables.communities);
  const key = documentLinkKey(deps.config);
  const { chats, sender } = deps.courier;
  const ports: DeliveryPorts = {
    async prepare(kind, language) {
      // The sponsor copy: never any member's contact details.
      const file = await generateUnique(() =>
        kind === 'charter'
          ? generateCharter(deps, principal, communityId, { lang: language, audience: 'sponsors' })
          : generateImpactReport(deps, principal, communityId, { lang: language }),
      );
      const now = Date.parse(deps.now());
      await files
        .purgeExpired(tenantId, communityId, new Date(now).toISOString())
        .catch((error) => console.error('purging kept files failed', error));
      const { version } = file.record;
      await files.put(tenantId, communityId, {
        kind,
        version,
        language,
        fileName: file.fileName,
        bytes: file.bytes,
        expiresAt: new Date(now + consentValidityMs).toISOString(),
      });
      const expiresAt = now + linkValidityMs;
      const token = signDocumentToken(key, { tenantId, communityId, kind, version, lang: language, expiresAt });
      return {
        record: file.record,
        fileName: file.fileName,
        link: { url: `${origin}${sharedDocumentPath}?token=${token}`, expiresAt: new Date(expiresAt).toISOString() },
      };
    },
    async offer(sponsor, document, { community, sentBy }) {
      try {
        // Any conversation of the tenant gives the service URL and bot identity to open a new 1:1 chat.
        const via =
          (await deps.stores.conversations.linkedTo(tenantId, communityId))[0] ??
          (await deps.stores.conversations.personal(tenantId, principal.userId));
        const chat = await chats.open(tenantId, sponsor, via);
        if (!chat) return 'forward';
        const { record } = document;
        const lang = record.language;
        const params = {
          by: sentBy.name,
          document: translate(lang, `delivery.document.${record.kind}`),
          community: community.name,
          version: record.version,
        };
        if (chat.channelId === 'msteams') {
          const token = signDocumentToken(key, {
            tenantId,
            communityId,
            kind: record.kind,
            version: record.version,
            lang,
            expiresAt: Date.parse(deps.now()) + consentValidityMs,
            recipient: sponsor.userId,
          });
          const description = translate(lang, 'delivery.consent.description', params);
          await sender.send(chat, {
            type: 'message',
            attachments: [fileConsentAttachment({ fileName: document.fileName, sizeInBytes: record.bytes, description, token })],
          });
          return 'fileConsent';
        }
        const card = documentLinkCard(
          { kind: record.kind, version: record.version, community: community.name, by: sentBy.name, link: document.link },
          lang,
        );
        await sender.send(chat, cardReply(card));
        return 'link';
      } catch (error) {
        console.error('offering a document to a sponsor failed', sponsor.userId, error);
        return 'forward';
      }
    },
    async announce(report, community) {
      const card = cardReply(documentSentCard(report, community.language));
      let posted = 0;
      for (const ref of (await deps.stores.conversations.linkedTo(tenantId, communityId)).filter(
        (r) => r.conversationType !== 'personal',
      )) {
        try {
          await sender.send(ref, card);
          posted += 1;
        } catch (error) {
          console.error('posting the document-sent card failed', ref.conversationId, error);
        }
      }
      return posted;
    },
  };
  return sendDocuments(deps.stores, principal, communityId, input, ports);
}

/**
 * The consent flow's access to kept files: checks the token (signature, expiry, and that the person
 * answering is the sponsor it was made for), then reads the bytes and the once-only upload claims.
 */
export function consentedFiles(config: Config, tables: Tables, now: () => string): ConsentedFiles {
  const files = new DeliveryFileRepository(tables.communities);
  const key = () => documentLinkKey(config);
  const idOf = (file: ConsentedFile) => JSON.parse(file.key) as { t: string; c: string; k: 'charter' | 'impactReport'; v: number };
  return {
    async open(token, who) {
      const check = verifyDocumentToken(key(), token, Date.parse(now()));
      if (!check.ok) return check.reason === 'expired' ? 'expired' : 'invalid';
      const { claims } = check;
      if (claims.tenantId !== who.tenantId || claims.recipient !== who.userId) return 'invalid';
      const kept = await files.get(claims.tenantId, claims.communityId, claims.kind, claims.version);
      if (!kept) return 'expired';
      return {
        key: JSON.stringify({ t: claims.tenantId, c: claims.communityId, k: claims.kind, v: claims.version }),
        fileName: kept.fileName,
        bytes: kept.bytes,
      };
    },
    claimUpload(file, userId) {
      const { t, c, k, v } = idOf(file);
      return files.claimUpload(t, c, k, v, userId, now());
    },
    releaseUpload(file, userId) {
      const { t, c, k, v } = idOf(file);
      return files.releaseUpload(t, c, k, v, userId);
    },
  };
}
