import type { DeliveryFileStore } from '@elan/core/documents/deliveryFileStore';
import type { DeliveryContext } from '@elan/core/documents/deliverToSponsors';
import type { GenerationContext } from '@elan/core/documents/documentFile';
import type { DocumentRenderer } from '@elan/core/documents/documentRenderer';
import type { DocumentTokens } from '@elan/core/documents/documentTokens';
import type { KeptFileContext } from '@elan/core/documents/sharedDocument';
import type { SponsorCourier } from '@elan/core/documents/sponsorCourier';
import type { Deps } from '../http/route';

/** The host's side of core's document ports, wired once in deps.ts. */
export interface DocumentAdapters {
  renderer: DocumentRenderer;
  files: DeliveryFileStore;
  tokens: DocumentTokens;
  courier: SponsorCourier;
}

/** The path of the anonymous download route; the token travels in the query. */
export const sharedDocumentPath = '/api/documents/shared';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// `deps.now` is read at each call, not captured: the clock is the host's (and tests move it).

/** What the generation commands need, from the route dependencies. */
export function generationContext(deps: Deps): GenerationContext {
  return { stores: deps.stores, renderer: deps.documents.renderer, now: () => deps.now(), pause };
}

/** What sending to sponsors needs; `origin` is the API's public origin (from the request), for the link. */
export function deliveryContext(deps: Deps, origin: string): DeliveryContext {
  const { files, tokens, courier } = deps.documents;
  return {
    ...generationContext(deps),
    files,
    tokens,
    courier,
    linkUrl: (token) => `${origin}${sharedDocumentPath}?token=${token}`,
    onError: (what, error) => console.error(what, error),
  };
}

/** What handing out kept files (the signed link, the consent upload) needs. */
export function keptFileContext(documents: Pick<DocumentAdapters, 'files' | 'tokens'>, now: () => string): KeptFileContext {
  return { files: documents.files, tokens: documents.tokens, now };
}
