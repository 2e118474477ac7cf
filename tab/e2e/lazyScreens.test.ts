import type { Page } from 'playwright-core';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { expectNoHorizontalScroll, field, switchToEnglish, text, textEn } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
let id: string;

beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, 'Les écrans téléchargés');
}, 120_000);

/** Makes the next `times` downloads of the members screen's chunk fail, as a dropped connection would. */
async function failMembersChunk(page: Page, times: number): Promise<() => number> {
  let failed = 0;
  await page.route(/\/assets\/MembersPage-[\w-]+\.js$/, async (route) => {
    if (failed < times) {
      failed++;
      await route.abort('internetdisconnected');
    } else await route.continue();
  });
  return () => failed;
}

describe.each([
  ['fr', text],
  ['en', textEn],
] as const)('a screen whose download fails (%s, 320 px)', (locale, t) => {
  test('shows an error with a retry instead of a blank screen, and opens on retry (axe clean)', async () => {
    const { context, page } = await newWindow(e2e.browser, 320);
    try {
      await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
      await page.getByRole('link', { name: text['tab.members.link'] }).waitFor();
      if (locale === 'en') {
        await switchToEnglish(page);
        await page.getByRole('link', { name: t['tab.members.link'] }).waitFor();
      }
      const failures = await failMembersChunk(page, 1);
      await page.getByRole('link', { name: t['tab.members.link'] }).click();

      const alert = page.getByRole('alert').filter({ hasText: t['app.screenLoadFailed'] });
      await alert.waitFor();
      expect(failures()).toBe(1);
      expect(await page.getByRole('heading', { level: 1, name: t['tab.members.title'] }).count()).toBe(0);
      await expectNoHorizontalScroll(page);
      expect(await axeViolations(page)).toEqual([]);

      // A real button, big enough to touch (WCAG 2.5.8: 24 px), that the keyboard reaches and presses. Chromium
      // answers a failed import() again with its failure, so the retry loads the page again once the server answers.
      const retry = alert.getByRole('button', { name: t['app.retry'] });
      const box = await retry.boundingBox();
      expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      await retry.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: t['tab.members.title'] }).waitFor();
      expect(await alert.count()).toBe(0);
      // The screen's own strings are there, not raw keys: the rest of the catalog came with it.
      await page.getByTestId('member-row').first().waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/\btab\.members\./);
    } finally {
      await context.close();
    }
  });
});

test('a failed part of a screen with an unsaved edit: Retry asks before reloading; "stay" keeps the edit and the error, "leave" loads the part (fr)', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    let failed = 0;
    await page.route(/\/assets\/WorkshopTools-[\w-]+\.js$/, async (route) => {
      if (failed++ < 1) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/1`);
    const alert = page.getByRole('alert').filter({ hasText: text['app.screenLoadFailed'] });
    await alert.waitFor();
    // Too long for the schema: never sent, so leaving the page would lose it.
    const tooLong = 'x'.repeat(61);
    await field(page, text['w1.name']).fill(tooLong);
    await page.getByText(text['validation.tooLong'].replace('{max}', '60')).waitFor();

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.type());
      void dialog.dismiss();
    });
    await alert.getByRole('button', { name: text['app.retry'] }).click();
    await alert.waitFor({ state: 'detached' });
    // Stayed: the error again, the edit still there, the tools still missing.
    await alert.waitFor();
    expect(questions).toEqual(['beforeunload']);
    expect(await field(page, text['w1.name']).inputValue()).toBe(tooLong);
    expect(await page.getByText(text['tab.history.title']).count()).toBe(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await alert.getByRole('button', { name: text['app.retry'] }).click();
    await page.getByText(text['tab.history.title']).waitFor();
    expect(await alert.count()).toBe(0);
    expect(failed).toBe(2);
  } finally {
    await context.close();
  }
});
