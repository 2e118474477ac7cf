import { createHash } from 'node:crypto';
import { api, require } from './apiDist.mjs';

const { azuriteConnectionString } = api('config.js');
const { TableClient } = require('@azure/data-tables');

/**
 * The Tables SDK work of one vote with no Élan logic: the same two rows the API writes in one batch
 * (the voter's ballot, replaced, and a touch of the poll's gate row).
 */
export const voteBatch = (partitionKey, voter) => [
  [
    'upsert',
    {
      partitionKey,
      rowKey: createHash('sha256').update(voter).digest('hex').slice(0, 40),
      ballot: JSON.stringify({ method: 'single', optionId: 'o1' }),
      voterId: voter,
      voterName: voter,
    },
    'Replace',
  ],
  ['update', { partitionKey, rowKey: '~gate' }, 'Merge', { etag: '*' }],
];

/** A table of its own on Azurite with a gate row in each of `partitions`; delete it afterwards (Azurite slows as its store grows). */
export async function openFloorTable(port, partitions) {
  const table = TableClient.fromConnectionString(azuriteConnectionString(port), `floor${Date.now()}${Math.floor(Math.random() * 1e6)}`, {
    allowInsecureConnection: true,
  });
  await table.createTable();
  for (const partitionKey of partitions) await table.upsertEntity({ partitionKey, rowKey: '~gate' }, 'Replace');
  return table;
}
