import { odata, RestError, type TableClient } from '@azure/data-tables';

/**
 * Appends rows numbered 1, 2, 3… under a row-key prefix inside one partition. The number is claimed by
 * inserting the row itself: a concurrent append that took the same number gets 409 and tries the next.
 */
export class SequencedRows<T extends object> {
  constructor(
    private readonly table: TableClient,
    private readonly prefix: string,
  ) {}

  private rowKey(n: number): string {
    return `${this.prefix}|${String(n).padStart(6, '0')}`;
  }

  /** Inserts `make(n)` with the next free number n and returns it. */
  async append(partitionKey: string, make: (n: number) => T): Promise<T> {
    let n = (await this.count(partitionKey)) + 1;
    for (let attempt = 0; attempt < 50; attempt++, n++) {
      const value = make(n);
      try {
        await this.table.createEntity({ partitionKey, rowKey: this.rowKey(n), json: JSON.stringify(value) });
        return value;
      } catch (error) {
        if (!(error instanceof RestError && error.statusCode === 409)) throw error;
      }
    }
    throw new Error(`could not append to ${this.prefix} after 50 attempts`);
  }

  /** Inserts `value` as number `n` exactly; false when that number is already taken. */
  async insertAt(partitionKey: string, n: number, value: T): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey, rowKey: this.rowKey(n), json: JSON.stringify(value) });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  /** Every row under the prefix, in number order. */
  async list(partitionKey: string): Promise<T[]> {
    const rows = this.table.listEntities<{ json: string }>({
      queryOptions: {
        filter: odata`PartitionKey eq ${partitionKey} and RowKey gt ${this.prefix + '|'} and RowKey lt ${this.prefix + '}'}`,
      },
    });
    const list: T[] = [];
    for await (const row of rows) list.push(JSON.parse(row.json) as T);
    return list;
  }

  private async count(partitionKey: string): Promise<number> {
    return (await this.list(partitionKey)).length;
  }
}
