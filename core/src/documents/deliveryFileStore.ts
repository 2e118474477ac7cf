import type { DocumentKind } from './documentRecord';

/** A sent document's bytes, kept until its links and consent cards expire. */
export interface KeptFile {
  kind: DocumentKind;
  version: number;
  language: 'fr' | 'en';
  fileName: string;
  bytes: Uint8Array;
  /** ISO instant after which the file is no longer handed out (and may be purged). */
  expiresAt: string;
}

/** Which kept file: one version of one kind of document of one community. */
export interface KeptFileId {
  tenantId: string;
  communityId: string;
  kind: DocumentKind;
  version: number;
}

/**
 * Storage port for the files sent to sponsors (a document cannot be regenerated exactly, and the consent
 * upload and the link need it later) and for the once-only upload claims.
 */
export interface DeliveryFileStore {
  /** Keeps the file; keeping the same version again replaces it. */
  put(tenantId: string, communityId: string, file: KeptFile): Promise<void>;
  /** The kept file, or undefined when it was never kept, is incomplete, or was purged. */
  get(tenantId: string, communityId: string, kind: DocumentKind, version: number): Promise<KeptFile | undefined>;
  /** Deletes the community's kept files whose time is up. */
  purgeExpired(tenantId: string, communityId: string, nowIso: string): Promise<void>;
  /** Claims the one upload of a version to one person; false when it was already claimed. */
  claimUpload(tenantId: string, communityId: string, kind: DocumentKind, version: number, userId: string, at: string): Promise<boolean>;
  /** Gives a claim back after a failed upload. */
  releaseUpload(tenantId: string, communityId: string, kind: DocumentKind, version: number, userId: string): Promise<void>;
}
