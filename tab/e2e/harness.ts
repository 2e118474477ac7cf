import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { azuriteConnectionString } from '../../api/src/config';

/** The URLs `scripts/start.mjs` announces on its `ELAN_READY` line. */
export interface Urls {
  api: string;
  tab: string;
  /** The Agents Playground, when started with `{ playground: true }`. */
  playground?: string | null;
}

/** A running `npm start` stack on free ports with its own data folder. */
export interface Stack {
  urls: Urls;
  /** The connection string of the stack's own Azurite, for tests that must seed what no screen can make. */
  storage: string;
  /** Everything the stack printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../..');
const chromiumPath = process.env['ELAN_CHROMIUM'] ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A TCP port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Every stack still running, so a crashed test run cannot leave servers behind.
const running = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // the whole group: start.mjs and everything it spawned
  } catch {
    // already gone
  }
}
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Starts the app exactly as `npm start` does (after the build): `node scripts/start.mjs`, in its own process
 * group, and resolves once it prints `ELAN_READY`. Requires `tab/dist` (run `npm run build -w tab`).
 * The Agents Playground is off unless `playground` is set.
 */
export async function startStack(options: { playground?: boolean; timeoutMs?: number } = {}): Promise<Stack> {
  // Ports are picked free, then released for start.mjs to take: a browser test starting beside it may take one
  // first, and start.mjs then stops before it is ready. New ports, up to three times, then the error.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof StartExited)) throw error;
    }
  }
}

/** start.mjs stopped before it was ready (a port taken meanwhile, among others); worth one more try. */
class StartExited extends Error {}

async function startOnce(options: { playground?: boolean; timeoutMs?: number }): Promise<Stack> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  if (!fs.existsSync(path.join(repoRoot, 'tab/dist/index.html')))
    throw new Error('tab/dist is missing: run `npm run build -w tab` (or `npm test`, which builds first).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-e2e-'));
  const azuritePort = await freePort();
  const env = {
    ...process.env,
    ELAN_DATA_DIR: dataDir,
    ELAN_API_PORT: String(await freePort()),
    ELAN_TAB_PORT: String(await freePort()),
    ELAN_AZURITE_PORT: String(azuritePort),
    ELAN_PLAYGROUND_PORT: String(await freePort()),
    // The Playground is only started for the test that drives it.
    ELAN_NO_PLAYGROUND: options.playground ? undefined : '1',
  };
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    // Children of start.mjs (API, Azurite) may outlive it briefly; make sure the group is gone.
    killGroup(child, 'SIGKILL');
    running.delete(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const urls = await new Promise<Urls>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`start.mjs not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('ELAN_READY '));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line.slice('ELAN_READY '.length)) as Urls);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new StartExited(`start.mjs exited (${signal ?? code}) before ready:\n${output}`));
      });
    });
    return { urls, storage: azuriteConnectionString(azuritePort), output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Debian's Chromium, headless, driven by playwright-core (no browser download). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A fresh browser window (own storage) at a given viewport width. */
export async function newWindow(browser: Browser, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-CA' });
  const page = await context.newPage();
  return { context, page };
}

/** Runs `steps` in a fresh window (as `newWindow`, at `width` when given), which is closed however they end. */
export async function inNewWindow<T>(where: Browser | { browser: Browser; width: number }, steps: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = 'browser' in where ? await newWindow(where.browser, where.width) : await newWindow(where);
  try {
    return await steps(page);
  } finally {
    await context.close();
  }
}
