import type { Browser } from 'playwright-core';
import { apiAs, type TestApi } from './api';
import { launchBrowser, type Stack, startStack } from './harness';

/** What one browser-test file shares: read these inside tests and hooks, once the file's beforeAll has run. */
export interface FileStack<S extends Stack> {
  readonly stack: S;
  readonly browser: Browser;
  /** The facilitator's API client; only with `{ api: true }`. */
  readonly api: TestApi;
}

/**
 * Registers the file's beforeAll (start the stack, launch Chromium, and with `api` sign the facilitator in) and
 * afterAll (close the browser, stop the stack). `start` replaces the plain `startStack()` (the Playground's).
 */
export function useStack<S extends Stack = Stack>(options: { api?: boolean; start?: () => Promise<S> } = {}): FileStack<S> {
  let stack: S | undefined;
  let browser: Browser | undefined;
  let api: TestApi | undefined;

  beforeAll(async () => {
    stack = await (options.start ? options.start() : (startStack() as Promise<S>));
    browser = await launchBrowser();
    if (options.api) api = await apiAs(stack.urls.api);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useStack: no ${what} (read it in a test or hook, after beforeAll)`);
    return value;
  };
  return {
    get stack() {
      return ready(stack, 'stack');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get api() {
      return ready(api, 'API client (pass { api: true })');
    },
  };
}
