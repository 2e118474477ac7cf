import type { DecisionRecord } from '@elan/core/decisions/decision';
import { type DocumentKind, type DocumentRecord, VersionTakenError } from '@elan/core/documents/documentRecord';
import type { DecisionStore } from '@elan/core/decisions/decisionStore';
import type { DocumentStore } from '@elan/core/documents/documentStore';
import { SequencedRows } from './sequencedRows';
import { type Tables, communityPartition } from './tables';

/** Table Storage adapter for the decision log, in the community's partition. */
export class DecisionRepository implements DecisionStore {
  private readonly rows: SequencedRows<DecisionRecord>;
  constructor(tables: Tables) {
    this.rows = new SequencedRows(tables.communities, 'decision');
  }
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord> {
    return this.rows.append(communityPartition(tenantId, communityId), (number) => ({ ...decision, number }));
  }
  list(tenantId: string, communityId: string): Promise<DecisionRecord[]> {
    return this.rows.list(communityPartition(tenantId, communityId));
  }
}

/** Table Storage adapter for generated-document records, one numbered series per kind. */
export class DocumentRepository implements DocumentStore {
  private readonly rows: Record<DocumentKind, SequencedRows<DocumentRecord>>;
  constructor(tables: Tables) {
    this.rows = {
      charter: new SequencedRows(tables.communities, 'document|charter'),
      impactReport: new SequencedRows(tables.communities, 'document|impactReport'),
    };
  }
  async append(
    tenantId: string,
    communityId: string,
    record: Omit<DocumentRecord, 'version'> & { version?: number },
  ): Promise<DocumentRecord> {
    const rows = this.rows[record.kind];
    const partitionKey = communityPartition(tenantId, communityId);
    const { version } = record;
    if (version === undefined) return rows.append(partitionKey, (n) => ({ ...record, version: n }));
    const exact: DocumentRecord = { ...record, version };
    if (!(await rows.insertAt(partitionKey, version, exact))) throw new VersionTakenError(version);
    return exact;
  }
  list(tenantId: string, communityId: string, kind: DocumentKind): Promise<DocumentRecord[]> {
    return this.rows[kind].list(communityPartition(tenantId, communityId));
  }
}
