import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { api, root } from './apiDist.mjs';

const { startAzurite, freePort, waitForPort } = api('local/azurite.js');
const { loadConfig, azuriteConnectionString } = api('config.js');
const { createDeps } = api('deps.js');
const { signDevToken } = api('auth/devIssuer.js');

/**
 * Azurite, and the API + bot endpoint in its own process exactly as `npm start` runs it, so the load
 * generator's work is not counted as the server's. The bench keeps its own store handles (same Azurite,
 * same data folder and development keys) to seed members. The API collects its invoke spans
 * (ELAN_TRACE_SPANS) and `stop` returns them.
 */
export async function startStack() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-bench-'));
  const azurite = await startAzurite(path.join(dataDir, 'azurite'));
  const env = { ELAN_ENV: 'local', ELAN_DATA_DIR: dataDir, ELAN_STORAGE: azuriteConnectionString(azurite.port) };
  // Created before the server starts, so both processes share one set of development keys.
  const deps = await createDeps(loadConfig(env));
  const port = await freePort();
  // The timer loop is parked: a timer run in the middle of a storm would measure something else.
  // ELAN_BENCH_PROFILE=<folder>: the API process writes a CPU profile there (open it in Chrome DevTools).
  const profile = process.env.ELAN_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.ELAN_BENCH_PROFILE)}`] : [];
  const spansFile = path.join(dataDir, 'spans.json');
  const server = spawn(process.execPath, [...profile, path.join(root, 'api/dist/local/serve.js')], {
    env: { ...process.env, ...env, ELAN_API_PORT: String(port), ELAN_TIMER_INTERVAL_MS: String(3_600_000), ELAN_TRACE_SPANS: spansFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => server.once('exit', r));
  await Promise.race([waitForPort(port), exited.then(() => Promise.reject(new Error('The API process exited at start.')))]);
  const token = (userId) => signDevToken(deps.devKeys, { tenantId: 'local-tenant', userId, name: userId });
  // Keep-alive sockets through node:http: a light load generator, so the server has the CPU it would have.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  /**
   * Calls the server on port `to` (`call`: the API). `through`: another agent (the burst's, with no socket
   * limit). A keep-alive socket the server closed just as it was reused resets the request before it reached
   * the server: it is sent once more, as Node advises.
   */
  const callAt = (to) => {
    const call = (method, p, { token: t, body, headers = {}, agent: through = agent } = {}, resent = false) =>
      new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const request = http.request(
          {
            host: '127.0.0.1',
            port: to,
            path: p,
            method,
            agent: through,
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
        request.on('error', (error) => {
          if (!resent && request.reusedSocket && error.code === 'ECONNRESET')
            resolve(call(method, p, { token: t, body, headers, agent: through }, true));
          else reject(error);
        });
        request.end(payload);
      });
    return call;
  };
  const call = callAt(port);
  const stop = async () => {
    agent.destroy();
    server.kill('SIGTERM');
    await exited;
    await azurite.stop();
    const spans = fs.existsSync(spansFile) ? JSON.parse(fs.readFileSync(spansFile, 'utf8')) : [];
    fs.rmSync(dataDir, { recursive: true, force: true });
    return spans;
  };
  return { deps, azurite, call, callAt, freePort, token, stop, serverPid: server.pid };
}
