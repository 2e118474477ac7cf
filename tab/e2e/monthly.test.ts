import type { Page } from 'playwright-core';
import { en } from '@elan/core/i18n/en';
import { fillTemplate } from '@elan/core/i18n/translate';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

/** Acts as another local persona and waits for the home to show that persona's role (a known race otherwise). */
async function actAs(page: Page, persona: 'member' | 'sponsor', catalog: Record<string, string>, locale: 'fr' | 'en') {
  await page.getByLabel(catalog['preview.actAs']!).selectOption({ label: catalog[`preview.persona.${persona}`]! });
  await page.getByText(fillTemplate(locale, catalog['home.yourRole']!, { role: catalog[`role.${persona}`]! })).waitFor();
  await page.getByTestId('home-surveys').waitFor();
}

test('a member turns the monthly summary on from the home (saved at once), then off in English; 320 px, axe clean; a sponsor does not see it', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    const id = await createCommunityViaApi(e2e.api, 'Résumé du mois');
    const member = await apiAs(e2e.stack.urls.api, 'member');
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByTestId('home-surveys').waitFor();
    await actAs(page, 'member', text, 'fr');

    const section = page.getByTestId('home-monthly');
    await section.getByRole('heading', { level: 2, name: text['monthly.setting.title'] }).waitFor();
    const toggle = section.getByRole('switch', { name: text['monthly.setting.enabled'] });
    await toggle.waitFor();
    // Off until the member turns it on.
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await toggle.click();
    await eventually(async () => expect(await section.getByTestId('monthly-status').innerText()).toBe(text['monthly.setting.saved']));
    expect(await toggle.isChecked()).toBe(true);
    expect(await member.get(`/api/communities/${id}/monthly/me`)).toEqual({ enabled: true, locale: 'fr', chosen: true });
    expect(await axeViolations(page)).toEqual([]);

    // Still on after a reload; then off, in English.
    await page.reload();
    await page.getByTestId('home-surveys').waitFor();
    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    const again = page.getByTestId('home-monthly');
    await again.getByRole('heading', { level: 2, name: en['monthly.setting.title'] }).waitFor();
    const toggleEn = again.getByRole('switch', { name: en['monthly.setting.enabled'] });
    await eventually(async () => expect(await toggleEn.isChecked()).toBe(true));
    await toggleEn.click();
    await eventually(async () => expect(await again.getByTestId('monthly-status').innerText()).toBe(en['monthly.setting.saved']));
    expect(await member.get(`/api/communities/${id}/monthly/me`)).toEqual({ enabled: false, locale: 'en', chosen: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await actAs(page, 'sponsor', en, 'en');
    expect(await page.getByTestId('home-monthly').count()).toBe(0);
    const sponsor = await apiAs(e2e.stack.urls.api, 'sponsor');
    await expect(sponsor.get(`/api/communities/${id}/monthly/me`)).rejects.toThrow(/403/);
  } finally {
    await context.close();
  }
});
