import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startStack, type Urls } from './harness';

/** The URLs `scripts/start.mjs` announces, the Playground included. */
export interface PlaygroundUrls extends Urls {
  playground: string;
}

export interface PlaygroundStack {
  urls: PlaygroundUrls;
  /** The connection string of the stack's own Azurite. */
  storage: string;
  /** Everything the stack printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
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

/** `node scripts/start.mjs` with the Agents Playground on, through the shared harness. */
export async function startStackWithPlayground(): Promise<PlaygroundStack> {
  const stack = await startStack({ playground: true });
  if (!stack.urls.playground) {
    await stack.stop();
    throw new Error('scripts/start.mjs did not start the Agents Playground');
  }
  return stack as PlaygroundStack;
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
