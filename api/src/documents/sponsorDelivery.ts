import type { ConsentedFile, ConsentedFiles } from '@elan/bot/documents/fileConsent';
import { fileConsentAttachment } from '@elan/bot/documents/fileConsent';
import type { PersonalChats } from '@elan/bot/conversations/personalChats';
import type { OutboundSender } from '@elan/bot/outbound/sender';
import { cardReply } from '@elan/bot/cardReply';
import type { Principal } from '@elan/core/community/community';
import { claimConsentedUpload, openConsentedFile, releaseConsentedUpload } from '@elan/core/documents/consentedUpload';
import type { KeptFileId } from '@elan/core/documents/deliveryFileStore';
import type { DeliveryReport } from '@elan/core/documents/sendDocuments';
import { deliverToSponsors } from '@elan/core/documents/deliverToSponsors';
import type { SponsorCourier } from '@elan/core/documents/sponsorCourier';
import type { Deps } from '../http/route';
import { type DocumentAdapters, deliveryContext, keptFileContext } from './documentContext';

/** Sends a document to a community's sponsors (core's command); `origin` is the API's public origin, for the link. */
export function sendToSponsors(
  deps: Deps,
  principal: Principal,
  communityId: string,
  input: unknown,
  origin: string,
): Promise<DeliveryReport> {
  return deliverToSponsors(deliveryContext(deps, origin), principal, communityId, input);
}

/** Core's sponsor courier on the bot: personal chats opened on demand, file consent cards and cards sent proactively. */
export function sponsorCourier({ chats, sender }: { chats: PersonalChats; sender: OutboundSender }): SponsorCourier {
  return {
    openChat: (tenantId, person, via) => chats.open(tenantId, person, via),
    async offerFile(chat, offer) {
      await sender.send(chat, { type: 'message', attachments: [fileConsentAttachment(offer)] });
    },
    async post(ref, card) {
      await sender.send(ref, cardReply(card));
    },
  };
}

/**
 * The consent flow's access to kept files, through core's commands. The bot sees an opaque key; it names
 * the kept file for the once-only upload claim.
 */
export function consentedFiles(documents: Pick<DocumentAdapters, 'files' | 'tokens'>, now: () => string): ConsentedFiles {
  const ctx = keptFileContext(documents, now);
  const idOf = (file: ConsentedFile) => JSON.parse(file.key) as KeptFileId;
  return {
    async open(token, who) {
      const file = await openConsentedFile(ctx, token, who);
      if (typeof file === 'string') return file;
      return { key: JSON.stringify(file.id), fileName: file.fileName, bytes: file.bytes };
    },
    claimUpload: (file, userId) => claimConsentedUpload(ctx, idOf(file), userId),
    releaseUpload: (file, userId) => releaseConsentedUpload(ctx, idOf(file), userId),
  };
}
