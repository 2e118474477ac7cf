import { api, require } from './apiDist.mjs';
import { cpuMs, pool } from './stats.mjs';

const { azuriteConnectionString } = api('config.js');
const { TableClient } = require('@azure/data-tables');

/**
 * Raw Azurite insert rate: the reference for the vote path, taken in the same conditions as the storm:
 * on the same stored data (the storm's members and polls), with as many warm-up and timed rows as the
 * storm has votes, at the same concurrency. Its table is deleted afterwards, so the storm does not run on
 * a larger store: Azurite saves its whole store every 5 s, so each request costs more as the store grows.
 */
export async function rawInsertRate(azurite, { warmUp, count, concurrency }) {
  const table = TableClient.fromConnectionString(azuriteConnectionString(azurite.port), `raw${Date.now()}`, {
    allowInsecureConnection: true,
  });
  await table.createTable();
  const upsert = (i) =>
    table.upsertEntity({ partitionKey: 'p', rowKey: `r${i}`, ballot: '{"method":"single","optionId":"o1"}' }, 'Replace');
  await pool(
    Array.from({ length: warmUp }, (_, i) => count + i),
    concurrency,
    upsert,
  );
  const azuriteBefore = cpuMs(azurite.process.pid);
  const clientBefore = process.cpuUsage();
  const t = performance.now();
  await pool(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    upsert,
  );
  const rate = count / ((performance.now() - t) / 1000);
  const client = process.cpuUsage(clientBefore);
  const azuriteCpu = (cpuMs(azurite.process.pid) - azuriteBefore) / count;
  await table.deleteTable();
  return {
    rate,
    azuriteCpu,
    clientCpu: (client.user + client.system) / 1000 / count,
  };
}
