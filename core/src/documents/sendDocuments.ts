import { z } from 'zod';
import { communityLanguage } from '../community/community';
import type { DocumentKind, DocumentRecord } from './documentRecord';
import { scrubContacts } from './charter/redact';

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

/** A person's name as cards show it: any e-mail address or phone number typed into it is left out. */
export function nameOnly(name: string): string {
  const cleaned = scrubContacts(name, '')
    .replace(/[<([]\s*[>)\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || '—';
}
