import { authorize } from '../community/access';
import type { Community, Membership, Principal } from '../community/community';
import { DomainError } from '../errors';
import { translate } from '../i18n/translate';
import { parseInput } from '../validation/parseInput';
import type { DeliveryFileStore } from './deliveryFileStore';
import { documentLinkCard, documentSentCard } from './deliveryCards';
import {
  type DeliveredTo,
  type DeliveryReport,
  type DeliveryRoute,
  nameOnly,
  type PreparedDocument,
  sendDocumentsInput,
} from './sendDocuments';
import type { GenerationContext } from './documentFile';
import type { DocumentKind } from './documentRecord';
import { consentValidityMs, type DocumentTokens, linkValidityMs } from './documentTokens';
import { charterFile } from './generateCharter';
import { impactReportFile } from './generateImpactReport';
import type { SponsorCourier } from './sponsorCourier';

/** What sending to sponsors needs from the host, beyond generation. */
export interface DeliveryContext extends GenerationContext {
  files: DeliveryFileStore;
  tokens: DocumentTokens;
  courier: SponsorCourier;
  /** The anonymous download URL of a signed token: the host knows its public origin and route. */
  linkUrl: (token: string) => string;
  /** Tells of a failure that does not stop the send (a sponsor not reached, a channel not told). */
  onError: (what: string, error: unknown) => void;
}

/**
 * Generates and records the sponsor copy (never any member's contact details), keeps its bytes for the
 * consent uploads and the link, and signs the download link.
 */
async function prepare(
  ctx: DeliveryContext,
  principal: Principal,
  community: Community,
  kind: DocumentKind,
  language: 'fr' | 'en',
): Promise<PreparedDocument> {
  const { tenantId } = principal;
  const communityId = community.id;
  const file =
    kind === 'charter'
      ? await charterFile(ctx, principal, community, { language, audience: 'sponsors' })
      : await impactReportFile(ctx, principal, community, language);
  const now = Date.parse(ctx.now());
  // Each send sweeps the community's expired files, so nothing lingers long; a failed sweep waits for the next.
  await ctx.files
    .purgeExpired(tenantId, communityId, new Date(now).toISOString())
    .catch((error: unknown) => ctx.onError('purging kept files failed', error));
  const { version } = file.record;
  const expiresAt = new Date(now + consentValidityMs).toISOString();
  await ctx.files.put(tenantId, communityId, { kind, version, language, fileName: file.fileName, bytes: file.bytes, expiresAt });
  const linkExpiresAt = now + linkValidityMs;
  const token = ctx.tokens.sign({ tenantId, communityId, kind, version, lang: language, expiresAt: linkExpiresAt });
  return {
    record: file.record,
    fileName: file.fileName,
    link: { url: ctx.linkUrl(token), expiresAt: new Date(linkExpiresAt).toISOString() },
  };
}

/**
 * Offers the document to one sponsor: a Teams personal chat (recorded, or created now) gets the file
 * consent card, so the file lands in their OneDrive; a personal chat on a channel without file support
 * (e.g. a test client) gets a card with the signed link; no personal chat possible means the facilitator
 * forwards the link.
 */
async function offer(
  ctx: DeliveryContext,
  sponsor: Membership,
  document: PreparedDocument,
  { community, sentBy }: { community: Community; sentBy: Principal },
): Promise<DeliveryRoute> {
  const { tenantId } = sentBy;
  const communityId = community.id;
  try {
    // Any conversation of the tenant gives the service URL and bot identity to open a new 1:1 chat.
    const via =
      (await ctx.stores.conversations.linkedTo(tenantId, communityId))[0] ??
      (await ctx.stores.conversations.personal(tenantId, sentBy.userId));
    const chat = await ctx.courier.openChat(tenantId, sponsor, via);
    if (!chat) return 'forward';
    const { record } = document;
    const lang = record.language;
    if (chat.channelId === 'msteams') {
      // The consent card's token names this sponsor: nobody else may answer it.
      const token = ctx.tokens.sign({
        tenantId,
        communityId,
        kind: record.kind,
        version: record.version,
        lang,
        expiresAt: Date.parse(ctx.now()) + consentValidityMs,
        recipient: sponsor.userId,
      });
      const description = translate(lang, 'delivery.consent.description', {
        by: sentBy.name,
        document: translate(lang, `delivery.document.${record.kind}`),
        community: community.name,
        version: record.version,
      });
      await ctx.courier.offerFile(chat, { fileName: document.fileName, sizeInBytes: record.bytes, description, token });
      return 'fileConsent';
    }
    const card = documentLinkCard(
      { kind: record.kind, version: record.version, community: community.name, by: sentBy.name, link: document.link },
      lang,
    );
    await ctx.courier.post(chat, card);
    return 'link';
  } catch (error) {
    ctx.onError(`offering a document to sponsor ${sponsor.userId} failed`, error);
    return 'forward';
  }
}

/** Posts the "sent" card to the community's linked channels (not personal chats); returns how many got it. */
async function announce(ctx: DeliveryContext, tenantId: string, report: Omit<DeliveryReport, 'channels'>, community: Community) {
  const card = documentSentCard(report, community.language);
  const linked = await ctx.stores.conversations.linkedTo(tenantId, community.id);
  let posted = 0;
  for (const ref of linked.filter((r) => r.conversationType !== 'personal')) {
    try {
      await ctx.courier.post(ref, card);
      posted += 1;
    } catch (error) {
      ctx.onError(`posting the document-sent card to ${ref.conversationId} failed`, error);
    }
  }
  return posted;
}

/**
 * Sends the charter or the impact report to every sponsor of a community (facilitators only). One sponsor
 * copy is generated (one recorded version) and offered to each; a sponsor who cannot be reached does not
 * stop the others.
 */
export async function deliverToSponsors(
  ctx: DeliveryContext,
  principal: Principal,
  communityId: string,
  input: unknown,
): Promise<DeliveryReport> {
  const { community } = await authorize(ctx.stores, principal, communityId, 'document.send');
  const { kind, lang } = parseInput(sendDocumentsInput, input);
  const sponsors = (await ctx.stores.communities.listMembers(principal.tenantId, communityId)).filter((m) => m.role === 'sponsor');
  if (sponsors.length === 0) throw new DomainError('delivery.error.noSponsors', 409);
  const document = await prepare(ctx, principal, community, kind, lang ?? community.language);
  const recipients: DeliveredTo[] = [];
  const sentBy = { ...principal, name: nameOnly(principal.name) };
  for (const sponsor of sponsors) {
    const via = await offer(ctx, sponsor, document, { community, sentBy });
    recipients.push({ userId: sponsor.userId, name: nameOnly(sponsor.name), via });
  }
  const report = {
    kind,
    version: document.record.version,
    language: document.record.language,
    fileName: document.fileName,
    sentBy: sentBy.name,
    recipients,
    link: document.link,
  };
  const channels = await announce(ctx, principal.tenantId, report, community).catch((error: unknown) => {
    ctx.onError('announcing a sent document failed', error);
    return 0;
  });
  return { ...report, channels };
}
