import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { api, require } from './apiDist.mjs';
import { cpuMs, pool } from './stats.mjs';

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

const partitions = ['local-tenant|bench|p0', 'local-tenant|bench|p1', 'local-tenant|bench|p2'];

/** `count` vote batches at `concurrency` after `warmUp` of them, in this process: its CPU and Azurite's per batch. */
async function measureHere(port, azuritePid, { warmUp, count, concurrency }) {
  const table = await openFloorTable(port, partitions);
  const batch = (i) => table.submitTransaction(voteBatch(partitions[i % partitions.length], `voter-${i}`));
  await pool(
    Array.from({ length: warmUp }, (_, i) => count + i),
    concurrency,
    batch,
  );
  const azuriteBefore = cpuMs(azuritePid);
  const before = process.cpuUsage();
  const t = performance.now();
  await pool(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    batch,
  );
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(before);
  const azuriteCpu = (cpuMs(azuritePid) - azuriteBefore) / count;
  await table.deleteTable();
  return { perSecond: count / seconds, clientCpu: (used.user + used.system) / 1000 / count, azuriteCpu };
}

/**
 * The Tables SDK part of the floor: the client-side CPU of one vote batch, measured in a child process of
 * its own (the SDK and nothing else in it), as the API's CPU is measured in its own process.
 */
export function measureBatchFloor(azurite, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), JSON.stringify({ port: azurite.port, pid: azurite.process.pid, ...options })],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`batch floor exited with ${code}`))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { port, pid, ...options } = JSON.parse(process.argv[2]);
  measureHere(port, pid, options).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
