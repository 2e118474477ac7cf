import { DomainError } from '../errors';
import type { DeliveryFileStore, KeptFile } from './deliveryFileStore';
import type { DocumentTokens } from './documentTokens';

/** What handing out a kept file needs from the host. */
export interface KeptFileContext {
  files: DeliveryFileStore;
  tokens: DocumentTokens;
  now: () => string;
}

/**
 * The file behind an anonymous download link: the token is the only authority. 403 when it is forged or
 * tampered with, 410 once it expired, the kept file was purged, or the file is not the language it names.
 */
export async function openSharedDocument(ctx: KeptFileContext, token: unknown): Promise<KeptFile> {
  const check = ctx.tokens.verify(token, Date.parse(ctx.now()));
  if (!check.ok)
    throw check.reason === 'expired' ? new DomainError('delivery.link.gone', 410) : new DomainError('delivery.link.forged', 403);
  const { claims } = check;
  const kept = await ctx.files.get(claims.tenantId, claims.communityId, claims.kind, claims.version);
  if (!kept || kept.language !== claims.lang) throw new DomainError('delivery.link.gone', 410);
  return kept;
}
