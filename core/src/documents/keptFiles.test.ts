import { DomainError } from '../errors';
import { claimConsentedUpload, openConsentedFile, releaseConsentedUpload } from './consentedUpload';
import type { KeptFile } from './deliveryFileStore';
import type { DocumentClaims } from './documentTokens';
import { openSharedDocument } from './sharedDocument';
import { clearTokens, communityId, generatedAt, memoryFiles, tenantId } from './testing/documentFakes';

const nowMs = Date.parse(generatedAt);
const file: KeptFile = {
  kind: 'charter',
  version: 2,
  language: 'fr',
  fileName: 'Charte - v2.docx',
  bytes: Uint8Array.of(1, 2, 3),
  expiresAt: new Date(nowMs + 1000).toISOString(),
};
const claims = (overrides: Partial<DocumentClaims> = {}): DocumentClaims => ({
  tenantId,
  communityId,
  kind: 'charter',
  version: 2,
  lang: 'fr',
  expiresAt: nowMs + 1000,
  ...overrides,
});

async function setup() {
  const memory = memoryFiles();
  await memory.files.put(tenantId, communityId, file);
  return { ...memory, ctx: { files: memory.files, tokens: clearTokens, now: () => generatedAt } };
}

const gone = new DomainError('delivery.link.gone', 410);
const forged = new DomainError('delivery.link.forged', 403);

describe('openSharedDocument (the anonymous link)', () => {
  it('hands out the kept file its token names', async () => {
    const { ctx } = await setup();
    expect(await openSharedDocument(ctx, clearTokens.sign(claims()))).toBe(file);
  });

  it('refuses forgeries with 403, and with 410 expired links, purged files and another language than signed', async () => {
    const { ctx } = await setup();
    for (const token of ['garbage', undefined, 42]) await expect(openSharedDocument(ctx, token)).rejects.toEqual(forged);
    for (const c of [claims({ expiresAt: nowMs }), claims({ version: 3 }), claims({ lang: 'en' }), claims({ kind: 'impactReport' })])
      await expect(openSharedDocument(ctx, clearTokens.sign(c))).rejects.toEqual(gone);
  });
});

describe('consented uploads (the file consent card)', () => {
  const helene = { tenantId, userId: 'helene' };

  it('opens the file only for the sponsor the card was made for', async () => {
    const { ctx } = await setup();
    const token = clearTokens.sign(claims({ recipient: 'helene' }));
    expect(await openConsentedFile(ctx, token, helene)).toEqual({
      id: { tenantId, communityId, kind: 'charter', version: 2 },
      fileName: file.fileName,
      bytes: file.bytes,
    });
    expect(await openConsentedFile(ctx, token, { tenantId, userId: 'paul' })).toBe('invalid');
    expect(await openConsentedFile(ctx, token, { tenantId: 'other', userId: 'helene' })).toBe('invalid');
    // A download link's token names nobody: it never answers a consent card.
    expect(await openConsentedFile(ctx, clearTokens.sign(claims()), helene)).toBe('invalid');
    expect(await openConsentedFile(ctx, 'forged', helene)).toBe('invalid');
  });

  it('says "expired" past the token’s time or once the file was purged', async () => {
    const { ctx } = await setup();
    expect(await openConsentedFile(ctx, clearTokens.sign(claims({ recipient: 'helene', expiresAt: nowMs - 1 })), helene)).toBe('expired');
    expect(await openConsentedFile(ctx, clearTokens.sign(claims({ recipient: 'helene', version: 9 })), helene)).toBe('expired');
  });

  it('lets one upload through per person until it is given back', async () => {
    const { ctx } = await setup();
    const opened = await openConsentedFile(ctx, clearTokens.sign(claims({ recipient: 'helene' })), helene);
    if (typeof opened === 'string') throw new Error(opened);
    expect(await claimConsentedUpload(ctx, opened.id, 'helene')).toBe(true);
    expect(await claimConsentedUpload(ctx, opened.id, 'helene')).toBe(false);
    await releaseConsentedUpload(ctx, opened.id, 'helene');
    expect(await claimConsentedUpload(ctx, opened.id, 'helene')).toBe(true);
  });
});
