// Part of `npm run bench`: time from navigation to the first wizard screen (workshop 1's form with its data) in
// headless Chromium, against the app started as `npm start` does (like the browser tests' harness). Each run uses
// a fresh browser context (cold cache). Never throws: a missing browser or a slow machine gives a reason instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Must match tab/src/common/firstRenderMark.ts. */
const mark = 'elan:first-wizard-render';
const chromiumArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `node scripts/start.mjs` in its own process group on free ports; resolves with its URLs and a stop function. */
async function startApp(root, timeoutMs) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-bench-tab-'));
  const env = {
    ...process.env,
    ELAN_DATA_DIR: dataDir,
    ELAN_API_PORT: String(await freePort()),
    ELAN_TAB_PORT: String(await freePort()),
    ELAN_AZURITE_PORT: String(await freePort()),
    ELAN_PLAYGROUND_PORT: String(await freePort()),
    ELAN_NO_PLAYGROUND: '1',
  };
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let output = '';
  try {
    const urls = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`start.mjs not ready after ${timeoutMs} ms`)), timeoutMs);
      child.stdout.on('data', (chunk) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('ELAN_READY '));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line.slice('ELAN_READY '.length)));
        }
      });
      child.stderr.on('data', (chunk) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`start.mjs exited (${code}) before ready`));
      });
    });
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A community with workshop 1 filled (the worked example), created as the local facilitator persona. */
async function seedCommunity(apiBase, example) {
  const tokenRes = await fetch(`${apiBase}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'local-facilitator', name: 'Nadia Tremblay', tenantId: 'local-tenant' }),
  });
  const { token } = await tokenRes.json();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await (
    await fetch(`${apiBase}/api/communities`, { method: 'POST', headers, body: JSON.stringify({ name: 'Bench' }) })
  ).json();
  const w1 = await (await fetch(`${apiBase}/api/communities/${created.id}/workshops/1`, { headers })).json();
  await fetch(`${apiBase}/api/communities/${created.id}/workshops/1`, {
    method: 'PUT',
    headers: { ...headers, 'if-match': w1.etag },
    body: JSON.stringify(example),
  });
  return created.id;
}

/**
 * Median (and min / max) of `runs` cold loads of `#/c/{id}/w/1`, in ms from navigation start to the tab's
 * first-wizard-render mark, and the names of the JavaScript files the first measured load fetched before the
 * mark (`fetchedJs`). Resolves `{ error }` instead of throwing.
 */
export async function measureFirstWizardRender({ root, runs = 5, timeoutMs = 60_000 }) {
  if (!fs.existsSync(path.join(root, 'tab/dist/index.html'))) return { error: 'tab/dist missing' };
  const executablePath = process.env.ELAN_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return { error: `no Chromium at ${executablePath}` };
  let app;
  let browser;
  try {
    const { chromium } = await import('playwright-core');
    const { exampleWorkshops } = createRequire(import.meta.url)(path.join(root, 'core/dist/workshops/exampleWorkshops.js'));
    app = await startApp(root, 120_000);
    const id = await seedCommunity(app.urls.api, exampleWorkshops[1]);
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    const times = [];
    let fetchedJs;
    // One warm-up load so the servers' first-request costs (module loading, table creation) are not measured.
    for (let r = 0; r <= runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
      try {
        const page = await context.newPage();
        await page.goto(`${app.urls.tab}/#/c/${encodeURIComponent(id)}/w/1`, { timeout: timeoutMs });
        await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: timeoutMs });
        const at = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
        if (r > 0) times.push(at);
        // The JavaScript the browser fetched before the mark, once (the report checks it against the manifest).
        if (r === 1)
          fetchedJs = await page.evaluate(
            (before) =>
              performance
                .getEntriesByType('resource')
                .filter((e) => e.startTime < before && new URL(e.name).pathname.endsWith('.js'))
                .map((e) => new URL(e.name).pathname.split('/').pop()),
            at,
          );
      } finally {
        await context.close();
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return { medianMs: mid, minMs: sorted[0], maxMs: sorted[sorted.length - 1], runs: times.length, fetchedJs: [...new Set(fetchedJs)] };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await browser?.close().catch(() => undefined);
    await app?.stop().catch(() => undefined);
  }
}
