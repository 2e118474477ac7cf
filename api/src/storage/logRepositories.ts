import { odata, RestError } from '@azure/data-tables';
import type { DecisionRecord } from '@elan/core/decisions/decision';
import type { OutcomeStatement } from '@elan/core/decisions/outcomeStatement';
import { type DocumentKind, type DocumentRecord, VersionTakenError } from '@elan/core/documents/documentRecord';
import type { DecisionStore } from '@elan/core/decisions/decisionStore';
import type { DocumentStore } from '@elan/core/documents/documentStore';
import { SequencedRows } from './sequencedRows';
import { type Tables, communityPartition } from './tables';

const statementPrefix = 'decisionStatement';
const statementRowKey = (n: number) => `${statementPrefix}|${String(n).padStart(6, '0')}`;

/**
 * Table Storage adapter for the decision log, in the community's partition. Entries never change; each outcome
 * statement is a row of its own beside its entry, replaced under its ETag.
 */
export class DecisionRepository implements DecisionStore {
  private readonly rows: SequencedRows<DecisionRecord>;
  constructor(private readonly tables: Tables) {
    this.rows = new SequencedRows(tables.communities, 'decision');
  }
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord> {
    return this.rows.append(communityPartition(tenantId, communityId), (number) => ({ ...decision, number }));
  }
  async list(tenantId: string, communityId: string): Promise<DecisionRecord[]> {
    const partitionKey = communityPartition(tenantId, communityId);
    const [decisions, statements] = await Promise.all([this.rows.list(partitionKey), this.statements(partitionKey)]);
    return decisions.map((d) => {
      const written = statements.get(d.number);
      return written ? { ...d, statement: written.statement, statementEtag: written.etag } : d;
    });
  }
  async putStatement(
    tenantId: string,
    communityId: string,
    number: number,
    statement: OutcomeStatement,
    etag: string | null,
  ): Promise<{ etag: string } | 'conflict'> {
    const entity = {
      partitionKey: communityPartition(tenantId, communityId),
      rowKey: statementRowKey(number),
      json: JSON.stringify(statement),
    };
    try {
      const response = etag
        ? await this.tables.communities.updateEntity(entity, 'Replace', { etag })
        : await this.tables.communities.createEntity(entity);
      return { etag: response.etag! };
    } catch (error) {
      // 409: someone wrote the first statement meanwhile; 412: someone rewrote it since this writer read it.
      if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412)) return 'conflict';
      throw error;
    }
  }
  private async statements(partitionKey: string): Promise<Map<number, { statement: OutcomeStatement; etag: string }>> {
    const found = new Map<number, { statement: OutcomeStatement; etag: string }>();
    const rows = this.tables.communities.listEntities<{ json: string }>({
      queryOptions: {
        filter: odata`PartitionKey eq ${partitionKey} and RowKey gt ${statementPrefix + '|'} and RowKey lt ${statementPrefix + '}'}`,
      },
    });
    for await (const row of rows)
      found.set(Number(row.rowKey!.split('|')[1]), { statement: JSON.parse(row.json) as OutcomeStatement, etag: row.etag });
    return found;
  }
}

/** Table Storage adapter for generated-document records, one numbered series per kind. */
export class DocumentRepository implements DocumentStore {
  private readonly rows: Record<DocumentKind, SequencedRows<DocumentRecord>>;
  constructor(tables: Tables) {
    this.rows = {
      charter: new SequencedRows(tables.communities, 'document|charter'),
      impactReport: new SequencedRows(tables.communities, 'document|impactReport'),
      legacy: new SequencedRows(tables.communities, 'document|legacy'),
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
