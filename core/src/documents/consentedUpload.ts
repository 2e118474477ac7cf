import type { KeptFileId } from './deliveryFileStore';
import type { KeptFileContext } from './sharedDocument';

/** The kept file a consent card names, once its token was checked for the person answering. */
export interface ConsentedDocument {
  id: KeptFileId;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The file behind a sponsor's consent answer: the token must be genuine, unexpired and made for this very
 * person ('invalid' otherwise, 'expired' past its time or once the file was purged).
 */
export async function openConsentedFile(
  ctx: KeptFileContext,
  token: unknown,
  who: { tenantId: string; userId: string },
): Promise<ConsentedDocument | 'expired' | 'invalid'> {
  const check = ctx.tokens.verify(token, Date.parse(ctx.now()));
  if (!check.ok) return check.reason === 'expired' ? 'expired' : 'invalid';
  const { tenantId, communityId, kind, version, recipient } = check.claims;
  if (tenantId !== who.tenantId || recipient !== who.userId) return 'invalid';
  const kept = await ctx.files.get(tenantId, communityId, kind, version);
  if (!kept) return 'expired';
  return { id: { tenantId, communityId, kind, version }, fileName: kept.fileName, bytes: kept.bytes };
}

/** Claims the one upload of a consented file to one person, so a retried answer uploads once; false when taken. */
export function claimConsentedUpload(ctx: KeptFileContext, id: KeptFileId, userId: string): Promise<boolean> {
  return ctx.files.claimUpload(id.tenantId, id.communityId, id.kind, id.version, userId, ctx.now());
}

/** Gives the claim back after a failed upload, so the person can accept again. */
export function releaseConsentedUpload(ctx: KeptFileContext, id: KeptFileId, userId: string): Promise<void> {
  return ctx.files.releaseUpload(id.tenantId, id.communityId, id.kind, id.version, userId);
}
