import type { Community, CommunityOfUser, Membership } from '../community/community';
import type { DecisionRecord } from '../decisions/decision';
import type { DocumentKind, DocumentRecord } from '../documents/documentRecord';
import type { WorkshopNumber } from '../workshops/registry';

/** Who last saved something. */
export interface Author {
  userId: string;
  name: string;
}

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

/** Storage port for communities and their memberships. */
export interface CommunityStore {
  /** Creates the community, its first facilitator and its six empty workshops, all or nothing. */
  create(community: Community, facilitator: Membership): Promise<void>;
  get(tenantId: string, communityId: string): Promise<Community | undefined>;
  membership(tenantId: string, communityId: string, userId: string): Promise<Membership | undefined>;
  /** Adds a person or changes their role. */
  putMember(tenantId: string, communityId: string, member: Membership): Promise<void>;
  listMembers(tenantId: string, communityId: string): Promise<Membership[]>;
  listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]>;
}

/** Storage port for the six workshops of a community. */
export interface WorkshopStore {
  get(tenantId: string, communityId: string, n: WorkshopNumber): Promise<StoredWorkshop | undefined>;
  list(tenantId: string, communityId: string): Promise<StoredWorkshop[]>;
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

/** Storage port for the decision log: append-only, numbered per community. */
export interface DecisionStore {
  /** Appends a decision and gives it the next number. */
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord>;
  /** All decisions, oldest first. */
  list(tenantId: string, communityId: string): Promise<DecisionRecord[]>;
}

/** Storage port for the record of generated documents. */
export interface DocumentStore {
  /** Records a generated document and gives it the next version number of its kind. */
  append(tenantId: string, communityId: string, record: Omit<DocumentRecord, 'version'>): Promise<DocumentRecord>;
  /** All records of one kind, oldest first. */
  list(tenantId: string, communityId: string, kind: DocumentKind): Promise<DocumentRecord[]>;
}

/** Everything the commands need from storage. */
export interface Stores {
  communities: CommunityStore;
  workshops: WorkshopStore;
  decisions: DecisionStore;
  documents: DocumentStore;
}
