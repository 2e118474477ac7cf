import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Urls } from './harness';

// The shared harness always sets ELAN_NO_PLAYGROUND; the Playground test starts `scripts/start.mjs` itself,
// the same way (own process group, free ports, temporary data folder), with the Playground on.

/** The URLs `scripts/start.mjs` announces, the Playground included. */
export interface PlaygroundUrls extends Urls {
  playground: string;
}

export interface PlaygroundStack {
  urls: PlaygroundUrls;
  /** Everything the stack printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../..');

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

const running = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // start.mjs and everything it spawned: API, Azurite, Playground
  } catch {
    // already gone
  }
}
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/** `node scripts/start.mjs` with the Agents Playground, resolved once it prints `ELAN_READY`. Requires `tab/dist`. */
export async function startStackWithPlayground(timeoutMs = 90_000): Promise<PlaygroundStack> {
  if (!fs.existsSync(path.join(repoRoot, 'tab/dist/index.html')))
    throw new Error('tab/dist is missing: run `npm run build -w tab` (or `npm test`, which builds first).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-e2e-playground-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELAN_DATA_DIR: dataDir,
    ELAN_API_PORT: String(await freePort()),
    ELAN_TAB_PORT: String(await freePort()),
    ELAN_AZURITE_PORT: String(await freePort()),
    ELAN_PLAYGROUND_PORT: String(await freePort()),
  };
  delete env['ELAN_NO_PLAYGROUND'];
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
    killGroup(child, 'SIGKILL');
    running.delete(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const urls = await new Promise<PlaygroundUrls>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`start.mjs not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('ELAN_READY '));
        if (line) {
          clearTimeout(timer);
          const urls = JSON.parse(line.slice('ELAN_READY '.length)) as Omit<PlaygroundUrls, 'playground'> & { playground: string | null };
          if (urls.playground) resolve({ ...urls, playground: urls.playground });
          else reject(new Error(`start.mjs announced no Playground:\n${output}`));
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`start.mjs exited (${signal ?? code}) before ready:\n${output}`));
      });
    });
    return { urls, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The mock tenant, people and conversations the Playground runs with (its default configuration). */
export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: { id: string; name: string; aadObjectId: string };
  personalChat: { id: string; name: string };
  groupChats: { id: string; name: string }[];
  teams: { id: string; name: string; channels: { id: string; name: string }[] }[];
}

/** Reads the configuration the Playground's own UI loads on start (`/_internal/v1/config`). */
export async function playgroundConfig(playgroundUrl: string): Promise<PlaygroundConfig> {
  const response = await fetch(`${playgroundUrl}/_internal/v1/config`);
  if (!response.ok) throw new Error(`Playground config: HTTP ${response.status}`);
  return ((await response.json()) as { config: PlaygroundConfig }).config;
}

/**
 * Opens the Playground UI in a fresh window. Requests leaving the machine (Office CDN fonts and animations)
 * are aborted at once: offline they would only wait for DNS.
 */
export async function openPlayground(browser: Browser, playgroundUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${playgroundUrl}/`);
  await page.getByRole('textbox').waitFor();
  await waitForInstallation(page, 1);
  return { context, page };
}

/**
 * Waits until the Playground has installed the app in `conversations` conversations. It does so the first time
 * a page opens a conversation: it sends the bot `installationUpdate` and `conversationUpdate` without waiting
 * for them, and its log panel lists each with the bot's HTTP status once the bot has answered (the bot's own
 * replies, e.g. the welcome card, are posted before that answer).
 */
export async function waitForInstallation(page: Page, conversations: number): Promise<void> {
  for (const activity of ['installationUpdate', 'conversationUpdate']) {
    await page
      .getByText(`${activity} 200`, { exact: true })
      .nth(conversations - 1)
      .waitFor();
  }
}

/** Types a message in the open conversation and sends it, as a person would. */
export async function sendMessage(page: Page, message: string): Promise<void> {
  await page.getByRole('textbox').click();
  await page.keyboard.type(message);
  await page.getByRole('button', { name: 'Send Message' }).click();
}

/** The CSS class the Adaptive Cards renderer gives every card it draws. */
const cardXPath = '[contains(concat(" ", normalize-space(@class), " "), " ac-adaptiveCard ")]';

/** Every Adaptive Card shown in the open conversation. */
export function adaptiveCards(page: Page): Locator {
  return page.locator(`xpath=//div${cardXPath}`);
}

/**
 * The cards shown after a message the person sent (the chat lists messages in order). The sidebar's
 * preview of the last message sits in a tree and is skipped. `message` must not contain quotes.
 */
export function cardsAfterMessage(page: Page, message: string): Locator {
  return page.locator(`xpath=//span[normalize-space()="${message}"][not(ancestor::*[@role="tree"])]/following::div${cardXPath}`);
}
