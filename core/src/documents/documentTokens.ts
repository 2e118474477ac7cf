import type { DocumentKind } from './documentRecord';

/** How long an anonymous download link works. */
export const linkValidityMs = 24 * 60 * 60 * 1000;
/** How long a sponsor may take to answer a file consent card (the file is kept that long too). */
export const consentValidityMs = 7 * 24 * 60 * 60 * 1000;

/** What a signed token names: one recorded version of one document, until when, and for whom (consent cards). */
export interface DocumentClaims {
  tenantId: string;
  communityId: string;
  kind: DocumentKind;
  version: number;
  lang: 'fr' | 'en';
  /** Milliseconds since the epoch. */
  expiresAt: number;
  /** The only person who may answer a consent card; absent on download links (anyone holding them may download). */
  recipient?: string;
}

/** A token's check: its claims, or why it is refused (forged before expired, so a forgery learns nothing). */
export type TokenCheck = { ok: true; claims: DocumentClaims } | { ok: false; reason: 'forged' | 'expired' };

/**
 * Port for signed document tokens (links and consent cards). Signing needs the server's secret and a MAC,
 * which only the host has; what a token names and how long it lives is decided here, in core.
 */
export interface DocumentTokens {
  /** Signs claims into a URL-safe token. */
  sign(claims: DocumentClaims): string;
  /** Checks a token's signature, then its expiry at `nowMs`. */
  verify(token: unknown, nowMs: number): TokenCheck;
}
