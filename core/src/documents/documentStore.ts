import type { DocumentKind, DocumentRecord } from './documentRecord';

/** Storage port for the record of generated documents. */
export interface DocumentStore {
  /** Records a generated document and gives it the next version number of its kind. */
  /**
   * With `version` (the number printed in the document) it takes exactly that number, or throws
   * VersionTakenError when a concurrent generation took it first, so the caller regenerates.
   */
  append(tenantId: string, communityId: string, record: Omit<DocumentRecord, 'version'> & { version?: number }): Promise<DocumentRecord>;
  /** All records of one kind, oldest first. */
  list(tenantId: string, communityId: string, kind: DocumentKind): Promise<DocumentRecord[]>;
}
