// `npm run bench`: measures Élan on this machine and prints a Markdown table (also written to
// bench/results/latest.md). Figures are medians of several runs. It exits non-zero only when a
// correctness figure fails (a lost or doubled vote), never because the machine is slow.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { measureFirstWizardRender } from './benchFirstRender.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = (p) => require(path.join(root, 'api/dist', p));
const { startAzurite, freePort, waitForPort } = api('local/azurite.js');
const { loadConfig, azuriteConnectionString } = api('config.js');
const { createDeps } = api('deps.js');
const { signDevToken } = api('auth/devIssuer.js');
const { TableClient } = require('@azure/data-tables');

const runs = Number(process.env.ELAN_BENCH_RUNS ?? 3);
// ELAN_BENCH_ONLY=votes: the vote storm and its reference only, printed per run (for work on the vote path).
const votesOnly = process.env.ELAN_BENCH_ONLY === 'votes';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

/** Runs `fn` over items with at most `limit` in flight; returns per-item latencies in ms. */
async function pool(items, limit, fn) {
  const latencies = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const t = performance.now();
        await fn(item);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

/**
 * Azurite, and the API + bot endpoint in its own process exactly as `npm start` runs it, so the load
 * generator's work is not counted as the server's. The bench keeps its own store handles (same Azurite,
 * same data folder and development keys) to seed members.
 */
async function startStack() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-bench-'));
  const azurite = await startAzurite(path.join(dataDir, 'azurite'));
  const env = { ELAN_ENV: 'local', ELAN_DATA_DIR: dataDir, ELAN_STORAGE: azuriteConnectionString(azurite.port) };
  // Created before the server starts, so both processes share one set of development keys.
  const deps = await createDeps(loadConfig(env));
  const port = await freePort();
  // The timer loop is parked: a timer run in the middle of a storm would measure something else.
  // ELAN_BENCH_PROFILE=<folder>: the API process writes a CPU profile there (open it in Chrome DevTools).
  const profile = process.env.ELAN_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.ELAN_BENCH_PROFILE)}`] : [];
  const server = spawn(process.execPath, [...profile, path.join(root, 'api/dist/local/serve.js')], {
    env: { ...process.env, ...env, ELAN_API_PORT: String(port), ELAN_TIMER_INTERVAL_MS: String(3_600_000) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => server.once('exit', r));
  await Promise.race([waitForPort(port), exited.then(() => Promise.reject(new Error('The API process exited at start.')))]);
  const token = (userId) => signDevToken(deps.devKeys, { tenantId: 'local-tenant', userId, name: userId });
  // Keep-alive sockets through node:http: a light load generator, so the server has the CPU it would have.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const call = (method, p, { token: t, body, headers = {} } = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: p,
          method,
          agent,
          headers: {
            'content-type': 'application/json',
            ...(payload ? { 'content-length': Buffer.byteLength(payload) } : {}),
            ...(t ? { authorization: `Bearer ${t}` } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode, body: text ? JSON.parse(text) : undefined, headers: res.headers });
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  const stop = async () => {
    agent.destroy();
    server.kill('SIGTERM');
    await exited;
    await azurite.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { deps, azurite, call, token, stop, serverPid: server.pid };
}

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** CPU time (ms) a process has used so far, from /proc; undefined where /proc is missing. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
  } catch {
    return undefined;
  }
}

/**
 * Raw Azurite insert rate: the reference for the vote path, taken in the same conditions as the storm:
 * on the same stored data (the storm's members and polls), with as many warm-up and timed rows as the
 * storm has votes, at the same concurrency. Its table is deleted afterwards, so the storm does not run on
 * a larger store: Azurite saves its whole store every 5 s, so each request costs more as the store grows.
 */
async function rawInsertRate(azurite, { warmUp, count, concurrency }) {
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

/**
 * A stand-in Bot Connector for the bench (the real one is out of reach here): it lists a team's roster by
 * pages of 500 (`pagedmembers`), and takes the cards the bot posts.
 */
async function startRosterConnector(userIds) {
  const teamId = '19:bench-team@thread';
  const roster = userIds.map((u) => ({ id: `29:${u}`, aadObjectId: u, name: u, userPrincipalName: `${u}@bench.example` }));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://connector');
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && url.pathname.endsWith('/pagedmembers')) {
        const from = Number(url.searchParams.get('continuationToken') ?? 0);
        const page = roster.slice(from, from + 500);
        return res.end(JSON.stringify({ members: page, ...(from + 500 < roster.length ? { continuationToken: String(from + 500) } : {}) }));
      }
      res.end(JSON.stringify({ id: `activity-${Math.random().toString(36).slice(2)}` }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { teamId, serviceUrl: `http://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * 1,000 members of the team's roster vote on 3 polls at once through /api/messages, 10% retry, 10% change their vote. The raw
 * insert reference is measured once the members and polls are stored, before the API's warm-up.
 */
async function voteStorm(stack, voters = 1000, concurrency = 50) {
  const nadia = stack.token('nadia');
  const { body: community } = await stack.call('POST', '/api/communities', { token: nadia, body: { name: 'Bench' } });
  const members = Array.from({ length: voters }, (_, i) => `member-${i}`);
  const warmers = Array.from({ length: 100 }, (_, i) => `warm-up-${i}`);
  // Members come from the team's roster, as in a real team: the bot is installed, the channel linked, and
  // the API reads the roster (paged) from a stand-in Bot Connector. Nobody is added by hand.
  const connector = await startRosterConnector(['nadia', ...members, ...warmers]);
  const channel = { id: '19:bench@thread', tenantId: 'local-tenant', conversationType: 'channel' };
  await stack.call('POST', '/api/messages', {
    body: {
      type: 'installationUpdate',
      action: 'add',
      id: 'install-bench',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: '29:nadia', aadObjectId: 'nadia', name: 'nadia' },
      recipient: { id: '28:elan', name: 'Élan' },
      conversation: channel,
      channelData: { tenant: { id: 'local-tenant' }, team: { id: connector.teamId } },
    },
  });
  const linked = await stack.call('POST', `/api/communities/${community.id}/conversations`, {
    token: nadia,
    body: { conversationId: channel.id },
  });
  const stored = await stack.deps.stores.communities.listMembers('local-tenant', community.id);
  if (!linked.body?.rosterSynced || stored.length !== members.length + warmers.length + 1)
    throw new Error(`The roster was not read: ${stored.length} members stored.`);
  const polls = [];
  // Three polls for the storm, a fourth for the warm-up.
  for (let p = 0; p < 4; p++) {
    const { body } = await stack.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: `Q${p}`, method: 'single', options: ['A', 'B', 'C'], hideResultsUntilClose: false },
    });
    polls.push(body.poll.id);
  }
  const warmUpPoll = polls.pop();
  const invoke = (userId, pollId, choice, verb = 'poll.vote') =>
    stack.call('POST', '/api/messages', {
      body: {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `i-${userId}-${pollId}-${choice}-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
        recipient: { id: '28:elan', name: 'Élan' },
        conversation: channel,
        value: {
          action: { type: 'Action.Execute', verb, data: { verb, communityId: community.id, pollId, choice } },
          trigger: 'manual',
        },
      },
    });
  // Each member votes on one of the three polls; the expected final choice is their last one.
  const expected = polls.map(() => ({ o1: 0, o2: 0, o3: 0 }));
  const first = members.map((m, i) => ({ m, p: i % 3, choice: `o${((i % 7) % 3) + 1}` }));
  const extra = [];
  first.forEach((v, i) => {
    if (i % 10 === 0) extra.push({ ...v }); // duplicated invoke
    if (i % 10 === 5) extra.push({ ...v, choice: v.choice === 'o1' ? 'o2' : 'o1' }); // vote change
  });
  const finalOf = new Map(first.map((v) => [v.m, v]));
  for (const v of extra) finalOf.set(v.m, v);
  for (const v of finalOf.values()) expected[v.p][v.choice] += 1;

  const raw = await rawInsertRate(stack.azurite, { warmUp: warmers.length, count: first.length + extra.length, concurrency });
  let failures = 0;
  const isCard = (res) => res.status === 200 && res.body?.value?.type === 'AdaptiveCard';
  // Warm-up on a fresh API process (connections opened, code compiled), reported apart as the cold start.
  const cold = await pool(warmers, concurrency, async (m) => {
    if (!isCard(await invoke(m, warmUpPoll, 'o1'))) failures += 1;
  });
  const send = async (v) => {
    if (!isCard(await invoke(v.m, polls[v.p], v.choice))) failures += 1;
  };
  const cpuBefore = cpuMs(stack.serverPid);
  const azuriteBefore = cpuMs(stack.azurite.process.pid);
  const generatorBefore = process.cpuUsage();
  const t = performance.now();
  const latencies = [...(await pool(first, concurrency, send)), ...(await pool(extra, concurrency, send))];
  const seconds = (performance.now() - t) / 1000;
  const cpuAfter = cpuMs(stack.serverPid);
  const azuriteAfter = cpuMs(stack.azurite.process.pid);
  const generator = process.cpuUsage(generatorBefore);
  const invokes = first.length + extra.length;
  // The floor: the same invokes answered with a card and no storage work (an unknown verb): host + Agents SDK.
  const floorCpuBefore = cpuMs(stack.serverPid);
  const floorStart = performance.now();
  await pool(first, concurrency, async (v) => {
    if ((await invoke(v.m, polls[v.p], v.choice, 'bench.noStorage')).status !== 200) failures += 1;
  });
  const floorPerSecond = first.length / ((performance.now() - floorStart) / 1000);
  const floorCpu = (cpuMs(stack.serverPid) - floorCpuBefore) / first.length;
  let lost = 0;
  let doubled = 0;
  for (const [i, pollId] of polls.entries()) {
    const { body } = await stack.call('GET', `/api/communities/${community.id}/polls/${pollId}`, { token: nadia });
    for (const key of ['o1', 'o2', 'o3']) {
      const diff = (body.results.counts[key] ?? 0) - expected[i][key];
      if (diff < 0) lost -= diff;
      if (diff > 0) doubled += diff;
    }
  }
  await connector.stop();
  return {
    raw,
    rosterMembers: stored.length,
    invokes,
    votesPerSecond: invokes / seconds,
    cpuPerVote: cpuBefore === undefined || cpuAfter === undefined ? NaN : (cpuAfter - cpuBefore) / invokes,
    azuriteCpuPerVote: azuriteBefore === undefined || azuriteAfter === undefined ? NaN : (azuriteAfter - azuriteBefore) / invokes,
    generatorCpuPerVote: (generator.user + generator.system) / 1000 / invokes,
    floorPerSecond,
    floorCpu,
    coldMax: Math.max(...cold),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    lost,
    doubled,
    failures,
  };
}

/** 50 concurrent clients reading a community and saving a workshop (each save from the current version). */
async function apiLoad(stack, clients = 50, requestsPerClient = 10) {
  const tokens = Array.from({ length: clients }, (_, i) => stack.token(`client-${i}`));
  const communities = [];
  for (const t of tokens) communities.push((await stack.call('POST', '/api/communities', { token: t, body: { name: 'Charge' } })).body.id);
  const reads = [];
  const saves = [];
  let errors = 0;
  await Promise.all(
    tokens.map(async (t, c) => {
      for (let r = 0; r < requestsPerClient; r++) {
        let at = performance.now();
        const read = await stack.call('GET', `/api/communities/${communities[c]}/workshops/1`, { token: t });
        reads.push(performance.now() - at);
        if (read.status !== 200) errors += 1;
        at = performance.now();
        const saved = await stack.call('PUT', `/api/communities/${communities[c]}/workshops/1`, {
          token: t,
          body: { name: `Nom ${r}` },
          headers: { 'if-match': read.body.etag },
        });
        saves.push(performance.now() - at);
        if (saved.status !== 200) errors += 1;
      }
    }),
  );
  return { readP50: pct(reads, 50), readP95: pct(reads, 95), saveP50: pct(saves, 50), saveP95: pct(saves, 95), errors };
}

/** Gzipped size of the JavaScript the tab's first screen loads (entry and its preloads). */
function tabFirstScreen() {
  const dist = path.join(root, 'tab/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length;
  return {
    firstKb: files.reduce((a, f) => a + gz(f), 0) / 1024,
    allKb: all.reduce((a, f) => a + gz(`assets/${f}`), 0) / 1024,
    chunks: all.length,
  };
}

async function main() {
  const stormRuns = [];
  const rawRuns = [];
  const apiRuns = [];
  for (let r = 0; r < runs; r++) {
    const stack = await startStack();
    try {
      stormRuns.push(await voteStorm(stack));
      rawRuns.push(stormRuns.at(-1).raw);
      if (votesOnly) process.stderr.write(`${JSON.stringify(stormRuns.at(-1))}\n`);
      else apiRuns.push(await apiLoad(stack));
    } finally {
      await stack.stop();
    }
    process.stderr.write(`run ${r + 1}/${runs} done\n`);
  }
  if (votesOnly) return;
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const raw = m(rawRuns, 'rate');
  const votes = m(stormRuns, 'votesPerSecond');
  const lost = Math.max(...stormRuns.map((s) => s.lost));
  const doubled = Math.max(...stormRuns.map((s) => s.doubled));
  const tab = fs.existsSync(path.join(root, 'tab/dist/index.html')) ? tabFirstScreen() : null;
  const firstRender = await measureFirstWizardRender({ root, runs: Number(process.env.ELAN_BENCH_RENDER_RUNS ?? 5) });
  const rows = [
    ['Vote storm: invokes per run (1,000 voters, 3 polls, +10% duplicates, +10% changes)', stormRuns[0].invokes, ''],
    ['Members read from the team roster (none added by hand)', stormRuns[0].rosterMembers, 'paged pagedmembers reads through the bot'],
    ['Vote storm: votes/s through /api/messages', round(votes), 'API in its own process, as under `npm start`; after a warm-up'],
    [
      'Raw Azurite upserts/s (same run, same concurrency 50)',
      round(raw),
      'on the same stored data, as many rows as votes, after a warm-up',
    ],
    ['Vote path / raw insert rate', `${round((votes / raw) * 100)} %`, 'target ≥ 50 %'],
    ['API process CPU per vote (ms)', round(m(stormRuns, 'cpuPerVote'), 2), 'the vote path is bound by this on 2 cores'],
    [
      'Azurite CPU per raw upsert / per vote (ms)',
      `${round(m(rawRuns, 'azuriteCpu'), 2)} / ${round(m(stormRuns, 'azuriteCpuPerVote'), 2)}`,
      'a vote is one two-row batch (ballot + poll gate)',
    ],
    [
      'Load generator CPU per raw upsert / per vote (ms)',
      `${round(m(rawRuns, 'clientCpu'), 2)} / ${round(m(stormRuns, 'generatorCpuPerVote'), 2)}`,
      'the bench process itself',
    ],
    [
      'CPU the three processes would need at the target (half the raw rate), cores',
      // Per run: (half that run's raw rate) × (CPU of the API, Azurite and the load generator per vote).
      round(
        median(stormRuns.map((v, i) => ((rawRuns[i].rate / 2) * (v.cpuPerVote + v.azuriteCpuPerVote + v.generatorCpuPerVote)) / 1000)),
        2,
      ),
      `this machine has ${os.cpus().length}`,
    ],
    [
      'Same invokes with no storage work (unknown verb → card): invokes/s, API CPU per invoke (ms)',
      `${round(m(stormRuns, 'floorPerSecond'))}, ${round(m(stormRuns, 'floorCpu'), 2)}`,
      'host + Agents SDK alone',
    ],
    [
      'Invoke latency p50 / p95 / p99 (ms)',
      `${round(m(stormRuns, 'p50'))} / ${round(m(stormRuns, 'p95'))} / ${round(m(stormRuns, 'p99'))}`,
      'answer within 2,000 ms',
    ],
    [
      'Cold start: slowest of the first 100 invokes on a fresh API process (ms)',
      round(m(stormRuns, 'coldMax')),
      'warm-up, not in the figures above',
    ],
    ['Lost votes (worst run)', lost, 'must be 0'],
    ['Double counts (worst run)', doubled, 'must be 0'],
    ['Failed invokes (worst run)', Math.max(...stormRuns.map((s) => s.failures)), ''],
    ['API, 50 clients: read workshop p50 / p95 (ms)', `${round(m(apiRuns, 'readP50'))} / ${round(m(apiRuns, 'readP95'))}`, ''],
    ['API, 50 clients: save workshop p50 / p95 (ms)', `${round(m(apiRuns, 'saveP50'))} / ${round(m(apiRuns, 'saveP95'))}`, ''],
    ['API errors (worst run)', Math.max(...apiRuns.map((a) => a.errors)), ''],
  ];
  if (tab)
    rows.push(
      ['Tab: first screen JS, gzipped (KB)', round(tab.firstKb), 'target ≤ 250 KB'],
      ['Tab: all JS chunks, gzipped (KB)', `${round(tab.allKb)} in ${tab.chunks} chunks`, ''],
    );
  rows.push([
    'Tab: navigation → first wizard screen, headless Chromium, cold cache (ms)',
    firstRender.error
      ? `not measured (${firstRender.error})`
      : `${round(firstRender.medianMs, 0)} (min ${round(firstRender.minMs, 0)}, max ${round(firstRender.maxMs, 0)}, ${firstRender.runs} loads)`,
    'median; workshop 1 with its data',
  ]);
  let table = `# Élan benchmarks\n\n${new Date().toISOString()} · node ${process.version} · ${os.cpus().length} cores · median of ${runs} run(s)\n\n| measure | value | note |\n|---|---|---|\n`;
  table += rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
  const documentsBench = path.join(root, 'bench/documents.mjs');
  if (fs.existsSync(documentsBench)) {
    const out = spawnSync(process.execPath, [documentsBench], { cwd: root, encoding: 'utf8' });
    table += `\n${out.stdout}`;
  }
  console.log(table);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/latest.md'), table);
  if (lost > 0 || doubled > 0) {
    console.error(`Correctness failure: ${lost} lost and ${doubled} doubled votes.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
