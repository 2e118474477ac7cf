import { createHash } from 'node:crypto';
import { odata, RestError, type TableClient } from '@azure/data-tables';
import type { DeliveryFileStore, KeptFile } from '@elan/core/documents/deliveryFileStore';
import type { DocumentKind } from '@elan/core/documents/documentRecord';
import { fromChunks, toChunks } from '../storage/jsonChunks';
import { communityPartition } from '../storage/tables';

// Base64 characters per row: chunked into 30K-character properties, well under the 1 MiB entity limit.
const charsPerRow = 450_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fileKey = (kind: DocumentKind, version: number) => `docfile|${kind}|${pad(version, 6)}|`;
// Entra object ids are GUIDs, but a hash keeps any id safe as a row key.
const uploadKey = (kind: DocumentKind, version: number, userId: string) =>
  `docupload|${kind}|${pad(version, 6)}|${createHash('sha256').update(userId).digest('hex').slice(0, 32)}`;

/**
 * Keeps the bytes of documents sent to sponsors (the consent upload and the link need them later, and a
 * document cannot be regenerated exactly), and the once-only upload claims. Rows live in the community's
 * partition, so erasing the community erases them.
 */
export class DeliveryFileRepository implements DeliveryFileStore {
  constructor(private readonly table: TableClient) {}

  /** Stores the file in as many rows as it needs; storing the same version again replaces it. */
  async put(tenantId: string, communityId: string, file: KeptFile): Promise<void> {
    const partitionKey = communityPartition(tenantId, communityId);
    const base64 = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64');
    const parts = Math.max(1, Math.ceil(base64.length / charsPerRow));
    for (let i = 0; i < parts; i++) {
      await this.table.upsertEntity(
        {
          partitionKey,
          rowKey: fileKey(file.kind, file.version) + pad(i, 3),
          parts,
          fileName: file.fileName,
          language: file.language,
          expiresAt: file.expiresAt,
          ...toChunks(base64.slice(i * charsPerRow, (i + 1) * charsPerRow)),
        },
        'Replace',
      );
    }
  }

  /** The kept file, or undefined when it was never kept, is incomplete, or was purged. */
  async get(
    tenantId: string,
    communityId: string,
    kind: DocumentKind,
    version: number,
  ): Promise<(KeptFile & { bytes: Buffer }) | undefined> {
    const prefix = fileKey(kind, version);
    const rows: Record<string, unknown>[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({
      queryOptions: {
        filter: odata`PartitionKey eq ${communityPartition(tenantId, communityId)} and RowKey gt ${prefix} and RowKey lt ${prefix + '~'}`,
      },
    }))
      rows.push(row);
    const first = rows[0];
    if (!first || rows.length !== Number(first['parts'])) return undefined;
    return {
      kind,
      version,
      language: first['language'] === 'en' ? 'en' : 'fr',
      fileName: String(first['fileName']),
      expiresAt: String(first['expiresAt']),
      bytes: Buffer.from(rows.map((row) => fromChunks(row)).join(''), 'base64'),
    };
  }

  /** Deletes the kept files of a community whose time is up (called on each new send, so nothing lingers long). */
  async purgeExpired(tenantId: string, communityId: string, nowIso: string): Promise<void> {
    const partitionKey = communityPartition(tenantId, communityId);
    for await (const row of this.table.listEntities<{ expiresAt: string }>({
      queryOptions: {
        filter: odata`PartitionKey eq ${partitionKey} and RowKey gt ${'docfile|'} and RowKey lt ${'docfile}'} and expiresAt lt ${nowIso}`,
        select: ['RowKey'],
      },
    }))
      await this.table.deleteEntity(partitionKey, row.rowKey!).catch(() => undefined);
  }

  /** Claims the one upload of a version to one person; false when it was already claimed. */
  async claimUpload(
    tenantId: string,
    communityId: string,
    kind: DocumentKind,
    version: number,
    userId: string,
    at: string,
  ): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: uploadKey(kind, version, userId),
        at,
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  /** Gives a claim back after a failed upload. */
  async releaseUpload(tenantId: string, communityId: string, kind: DocumentKind, version: number, userId: string): Promise<void> {
    await this.table.deleteEntity(communityPartition(tenantId, communityId), uploadKey(kind, version, userId)).catch(() => undefined);
  }
}
