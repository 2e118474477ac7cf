import type { Principal } from '@elan/core/community/community';
import type { DocumentModel } from '@elan/core/documents/charter/documentModel';
import { type DocumentRecord, VersionTakenError } from '@elan/core/documents/documentRecord';
import { DomainError } from '@elan/core/errors';
import type { Deps } from '../http/route';
import { renderDocument } from './renderDocument';

/** A generated document ready to send. */
export interface DocumentFile {
  bytes: Buffer;
  fileName: string;
  record: DocumentRecord;
}

export interface RecordProps {
  deps: Deps;
  principal: Principal;
  communityId: string;
  model: DocumentModel;
  /** `version` is the number printed in the document: the record must get exactly that one. */
  meta: Pick<DocumentRecord, 'kind' | 'version' | 'language' | 'audience' | 'generatedAt'>;
  /** The file name without extension. */
  fileName: string;
}

/**
 * Renders the model to .docx and records the generation (who, when, hash, size) before handing it out.
 * Throws VersionTakenError when another generation claimed the same version number first.
 */
export async function renderAndRecord({ deps, principal, communityId, model, meta, fileName }: RecordProps): Promise<DocumentFile> {
  const { bytes, sha256 } = await renderDocument(model);
  const record = await deps.stores.documents.append(principal.tenantId, communityId, {
    ...meta,
    generatedBy: { userId: principal.userId, name: principal.name },
    sha256,
    bytes: bytes.length,
  });
  return { bytes, fileName: `${fileName}.docx`, record };
}

/**
 * Runs a generation until it records the version it printed: two people generating at once get
 * distinct, consecutive versions, each document showing its own. Gives up (503) after many lost races.
 */
export async function generateUnique(generate: () => Promise<DocumentFile>, attempts = 25): Promise<DocumentFile> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await generate();
    } catch (error) {
      if (!(error instanceof VersionTakenError)) throw error;
      if (attempt >= attempts) throw new DomainError('delivery.error.busy', 503);
      // A little jitter spreads the losers so they do not collide again on the next number.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
