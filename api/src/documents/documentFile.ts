import type { Principal } from '@elan/core/community/community';
import type { DocumentModel } from '@elan/core/charter/documentModel';
import type { DocumentRecord } from '@elan/core/documents/documentRecord';
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
  meta: Pick<DocumentRecord, 'kind' | 'language' | 'audience' | 'generatedAt'>;
  /** The file name without extension. */
  fileName: string;
}

/** Renders the model to .docx and records the generation (who, when, hash, size) before handing it out. */
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
