import type { WorkshopNumber } from './registry';
import type { Author } from '../community/author';

/** A workshop as stored: its draft data and the version guard. */
export interface StoredWorkshop {
  n: WorkshopNumber;
  data: Record<string, unknown>;
  /** Increases by one with each save; 0 for a workshop never saved. */
  version: number;
  /** Opaque optimistic-concurrency token from storage. */
  etag: string;
  updatedAt: string | null;
  updatedBy: Author | null;
}

export type SaveResult = { ok: true; workshop: StoredWorkshop } | { ok: false; current: StoredWorkshop };

/** One saved version of a workshop, without its data. */
export interface WorkshopVersionInfo {
  version: number;
  updatedAt: string;
  updatedBy: Author;
  /** Top-level fields that differ from the previous version. */
  changed: string[];
}

/** Storage port for the six workshops of a community. */
export interface WorkshopStore {
  get(tenantId: string, communityId: string, n: WorkshopNumber): Promise<StoredWorkshop | undefined>;
  list(tenantId: string, communityId: string): Promise<StoredWorkshop[]>;
  /** Every saved version, newest first. */
  versions(tenantId: string, communityId: string, n: WorkshopNumber): Promise<WorkshopVersionInfo[]>;
  /** One saved version with its data. */
  version(tenantId: string, communityId: string, n: WorkshopNumber, version: number): Promise<StoredWorkshop | undefined>;
  /** Saves only if `etag` is still current; otherwise returns what is stored. */
  save(
    tenantId: string,
    communityId: string,
    n: WorkshopNumber,
    data: Record<string, unknown>,
    etag: string,
    by: Author,
  ): Promise<SaveResult>;
}
