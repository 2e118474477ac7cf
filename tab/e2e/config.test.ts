import type { Browser } from 'playwright-core';
import { axeViolations } from './axe';
import { createCommunity, text } from './flows';
import { launchBrowser, newWindow, type Stack, startStack } from './harness';

jest.setTimeout(120_000);

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test('the channel configuration page lists the communities I facilitate and opens the chosen one (local preview)', async () => {
  const { context, page } = await newWindow(browser, 400);
  try {
    const id = await createCommunity(page, stack.urls.tab, 'Canal de configuration');
    await page.goto(`${stack.urls.tab}/#/config`);
    await page.getByRole('heading', { name: text['tab.config.title'] }).waitFor();
    const open = page.getByRole('button', { name: text['tab.config.open'] });
    expect(await open.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Canal de configuration' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await open.click();
    await page.waitForURL(`**/#/c/${id}`);

    // A member facilitates nothing: the page says so instead of offering a choice.
    await page.goto(`${stack.urls.tab}/#/config`);
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(text['tab.config.none']).waitFor();
  } finally {
    await context.close();
  }
});
