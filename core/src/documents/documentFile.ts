import type { Principal } from '../community/community';
import { DomainError } from '../errors';
import type { Stores } from '../stores';
import type { DocumentModel } from './charter/documentModel';
import { type DocumentRecord, VersionTakenError } from './documentRecord';
import type { DocumentRenderer } from './documentRenderer';

/** A generated document ready to send. */
export interface DocumentFile {
  bytes: Uint8Array;
  fileName: string;
  record: DocumentRecord;
}

/** What generating a document needs from the host. */
export interface GenerationContext {
  stores: Stores;
  renderer: DocumentRenderer;
  /** Read at each attempt: the record and the document carry the time they were made. */
  now: () => string;
  /** Waits that long; spreads the generations that lost a race for a version number. */
  pause: (ms: number) => Promise<void>;
}

/** What one generation writes: the model, the record's facts and the file name (without extension). */
export interface GeneratedModel {
  model: DocumentModel;
  /** `version` is the number printed in the document: the record must get exactly that one. */
  meta: Pick<DocumentRecord, 'kind' | 'version' | 'language' | 'audience' | 'generatedAt'>;
  name: string;
}

/**
 * Renders the model and records the generation (who, when, hash, size) before handing it out.
 * Throws VersionTakenError when another generation claimed the same version number first.
 */
export async function renderAndRecord(
  ctx: GenerationContext,
  principal: Principal,
  communityId: string,
  { model, meta, name }: GeneratedModel,
): Promise<DocumentFile> {
  const { bytes, sha256, fileName } = await ctx.renderer.render(model, name);
  const record = await ctx.stores.documents.append(principal.tenantId, communityId, {
    ...meta,
    generatedBy: { userId: principal.userId, name: principal.name },
    sha256,
    bytes: bytes.length,
  });
  return { bytes, fileName, record };
}

/**
 * Runs a generation until it records the version it printed: two people generating at once get
 * distinct, consecutive versions, each document showing its own. Gives up (503) after many lost races.
 */
export async function generateUnique(
  ctx: Pick<GenerationContext, 'pause'>,
  generate: () => Promise<DocumentFile>,
  attempts = 25,
): Promise<DocumentFile> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await generate();
    } catch (error) {
      if (!(error instanceof VersionTakenError)) throw error;
      if (attempt >= attempts) throw new DomainError('delivery.error.busy', 503);
      // A little jitter spreads the losers so they do not collide again on the next number.
      await ctx.pause(Math.random() * 20 * attempt);
    }
  }
}
