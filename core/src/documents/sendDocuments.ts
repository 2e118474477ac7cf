import { z } from 'zod';
import { type Community, communityLanguage, type Membership, type Principal } from '../community/community';
import type { DocumentKind, DocumentRecord } from './documentRecord';
import { scrubContacts } from './charter/redact';
import { DomainError } from '../errors';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { authorize } from '../community/access';

/** Body of `POST /api/communities/{id}/documents/send`. */
export const sendDocumentsInput = z.strictObject({
  kind: z.enum(['charter', 'impactReport']),
  lang: communityLanguage.optional(),
});
export type SendDocumentsInput = z.infer<typeof sendDocumentsInput>;

/** The sponsor copy generated for one send, kept for a while so sponsors can save or download it later. */
export interface PreparedDocument {
  record: DocumentRecord;
  fileName: string;
  /** Anyone holding this anonymous link may download the file until `expiresAt`. */
  link: { url: string; expiresAt: string };
}

/**
 * How a sponsor got the document: a file consent card in their personal chat (the file lands in their
 * OneDrive), a link card there (the chat cannot take files), or not at all in Teams (the facilitator
 * forwards the link).
 */
export type DeliveryRoute = 'fileConsent' | 'link' | 'forward';

/** One sponsor and how the document reached them. Names only: emails never travel with a delivery. */
export interface DeliveredTo {
  userId: string;
  name: string;
  via: DeliveryRoute;
}

/** What one send did; the sender sees it, the community's channels see the names. */
export interface DeliveryReport {
  kind: DocumentKind;
  version: number;
  language: 'fr' | 'en';
  fileName: string;
  sentBy: string;
  recipients: DeliveredTo[];
  /** The link to forward to sponsors Teams could not reach. */
  link: { url: string; expiresAt: string };
  /** How many linked channels were told. */
  channels: number;
}

/** What sending needs from the host: generation and storage of the file, Teams delivery, channel posts. */
export interface DeliveryPorts {
  /** Generates and records the sponsor copy, keeps its bytes and signs its download link. */
  prepare(kind: DocumentKind, language: 'fr' | 'en'): Promise<PreparedDocument>;
  /** Offers the document to one sponsor in their personal chat (creating the chat if needed). */
  offer(sponsor: Membership, document: PreparedDocument, context: { community: Community; sentBy: Principal }): Promise<DeliveryRoute>;
  /** Posts the "sent" card to the community's linked channels; returns how many got it. */
  announce(report: Omit<DeliveryReport, 'channels'>, community: Community): Promise<number>;
}

/** A person's name as cards show it: any e-mail address or phone number typed into it is left out. */
export function nameOnly(name: string): string {
  const cleaned = scrubContacts(name, '')
    .replace(/[<([]\s*[>)\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || '—';
}

/**
 * Sends the charter or the impact report to every sponsor of a community (facilitators only). One sponsor
 * copy is generated (one recorded version) and offered to each; a sponsor who cannot be reached does not
 * stop the others.
 */
export async function sendDocuments(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  ports: DeliveryPorts,
): Promise<DeliveryReport> {
  const { community } = await authorize(stores, principal, communityId, 'document.send');
  const { kind, lang } = parseInput(sendDocumentsInput, input);
  const sponsors = (await stores.communities.listMembers(principal.tenantId, communityId)).filter((m) => m.role === 'sponsor');
  if (sponsors.length === 0) throw new DomainError('delivery.error.noSponsors', 409);
  const document = await ports.prepare(kind, lang ?? community.language);
  const recipients: DeliveredTo[] = [];
  const sentBy = { ...principal, name: nameOnly(principal.name) };
  for (const sponsor of sponsors) {
    const via = await ports.offer(sponsor, document, { community, sentBy }).catch(() => 'forward' as const);
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
  const channels = await ports.announce(report, community).catch(() => 0);
  return { ...report, channels };
}
