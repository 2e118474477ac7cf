// `npm start`: Azurite (Table), the API + bot endpoint, the tab and the Agents Playground, in one command.
// One Ctrl-C stops all of them. Ports and the data folder can be moved with ELAN_* variables (see README).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { startAzurite, waitForPort } = require(path.join(root, 'api/dist/local/azurite.js'));
const { createTabServer } = require(path.join(root, 'api/dist/local/tabServer.js'));
const { azuriteConnectionString } = require(path.join(root, 'api/dist/config.js'));

const env = process.env;
const ports = {
  azurite: Number(env.ELAN_AZURITE_PORT ?? 10002),
  api: Number(env.ELAN_API_PORT ?? 7071),
  tab: Number(env.ELAN_TAB_PORT ?? 53000),
  playground: Number(env.ELAN_PLAYGROUND_PORT ?? 56150),
};
const withPlayground = !env.ELAN_NO_PLAYGROUND;
const dataDir = path.resolve(root, env.ELAN_DATA_DIR ?? '.data');
const urls = {
  api: `http://localhost:${ports.api}`,
  tab: `http://localhost:${ports.tab}`,
  playground: withPlayground ? `http://localhost:${ports.playground}` : null,
};

const children = [];
const servers = [];
let azurite;
let stopping = false;

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const server of servers) server.close();
  const exits = children
    .filter((c) => c.exitCode === null && c.signalCode === null)
    .map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      return exited.then(() => clearTimeout(timer));
    });
  await Promise.all(exits);
  if (azurite) await azurite.stop();
  process.exit(code);
}

function run(name, args, extraEnv) {
  // Children stay in our process group, so a terminal Ctrl-C reaches all of them at once.
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) =>
    stream.on('data', (d) => {
      for (const line of String(d).split('\n')) if (line.trim()) out.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} stopped unexpectedly (${signal ?? code}); stopping everything.`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

/** Resolves once the API child says it listens on its port; rejects if it exits or stays silent for `timeoutMs`. */
function listening(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the API did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onData = (d) => {
      seen += String(d);
      if (/^api listening on /m.test(seen)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('the API stopped before it listened'));
    });
  });
}

async function main() {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const busy = [];
  for (const [name, port] of Object.entries(ports)) {
    if (name === 'playground' && !withPlayground) continue;
    if (!(await portFree(port))) busy.push(`${name} (${port})`);
  }
  if (busy.length) {
    console.error(`[start] Port(s) already in use: ${busy.join(', ')}. Stop what uses them, or set ELAN_*_PORT (see README).`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(root, 'tab/dist/index.html'))) {
    console.error('[start] The tab is not built: run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }

  azurite = await startAzurite(path.join(dataDir, 'azurite'), ports.azurite);
  const api = run('api', ['api/dist/local/serve.js'], {
    ELAN_ENV: 'local',
    ELAN_API_PORT: String(ports.api),
    ELAN_DATA_DIR: dataDir,
    ELAN_STORAGE: azuriteConnectionString(ports.azurite),
    ELAN_TAB_URL: urls.tab,
    ELAN_CORS_ORIGINS: `${urls.tab},http://127.0.0.1:${ports.tab}`,
  });

  const tab = createTabServer(path.join(root, 'tab/dist'), { apiBase: urls.api, env: 'local' });
  servers.push(tab);
  await new Promise((resolve, reject) => tab.once('error', reject).listen(ports.tab, '127.0.0.1', resolve));

  if (withPlayground) {
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
    run('playground', [
      cli,
      '--app-endpoint',
      `http://127.0.0.1:${ports.api}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      String(ports.playground),
      '--disable-telemetry',
    ]);
  }

  // The API's own word that it listens, not just an open port: under parallel starts (the browser tests) another
  // process may have taken the port between the check above and the API's listen, and answer in its place.
  await listening(api, 30_000);
  if (withPlayground) await waitForPort(ports.playground, 30_000);

  console.log(`
  Élan is running (local preview, data in ${dataDir.startsWith(root) ? path.relative(root, dataDir) : dataDir}):
    Tab                http://localhost:${ports.tab}
    API + bot          http://localhost:${ports.api}/api  (bot endpoint: /api/messages)
    Agents Playground  ${urls.playground ?? '(disabled by ELAN_NO_PLAYGROUND)'}
    Azurite (Table)    http://127.0.0.1:${ports.azurite}
  Press Ctrl-C to stop everything.
`);
  console.log(`ELAN_READY ${JSON.stringify({ ...urls, azurite: ports.azurite, dataDir })}`);
}

main().catch((error) => {
  console.error('[start] failed:', error?.message ?? error);
  void stopAll(1);
});
