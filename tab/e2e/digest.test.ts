import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { actAs, eventually, expectNoHorizontalScroll, switchToEnglish, text, textEn as en } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

async function openHome(page: Page, id: string) {
  await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
  await page.getByTestId('home-surveys').waitFor();
  return page.getByTestId('home-digest');
}

test('a facilitator sets the weekly digest (Friday 16:30, then off, back on in English) from the home at 320 px, axe clean; a member does not see it', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    const id = await createCommunityViaApi(e2e.api, 'Résumé de la semaine');
    const section = await openHome(page, id);
    await section.getByRole('heading', { level: 2, name: text['digest.setting.title'] }).waitFor();
    const form = section.getByTestId('digest-setting');
    await form.waitFor();
    // The default until chosen: Monday 9:00, on.
    expect(await form.getByLabel(text['digest.setting.weekday']).inputValue()).toBe('1');
    expect(await form.getByLabel(text['digest.setting.time']).inputValue()).toBe('09:00');
    expect(await form.getByRole('switch', { name: text['digest.setting.enabled'] }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel(text['digest.setting.weekday']).selectOption('5');
    await form.getByLabel(text['digest.setting.time']).fill('16:30');
    await form.getByRole('button', { name: text['digest.setting.save'] }).click();
    await eventually(async () => expect(await section.getByTestId('digest-status').innerText()).toBe(text['digest.setting.saved']));
    expect(await e2e.api.get(`/api/communities/${id}/digest/me`)).toMatchObject({
      enabled: true,
      weekday: 5,
      time: '16:30',
      locale: 'fr',
      chosen: true,
    });

    await form.getByRole('switch', { name: text['digest.setting.enabled'] }).click();
    await form.getByRole('button', { name: text['digest.setting.save'] }).click();
    await eventually(async () => expect((await e2e.api.get(`/api/communities/${id}/digest/me`)).enabled).toBe(false));
    expect(await axeViolations(page)).toEqual([]);

    // Still so after a reload.
    const again = await openHome(page, id);
    await again.getByTestId('digest-setting').waitFor();
    expect(await again.getByRole('switch', { name: text['digest.setting.enabled'] }).isChecked()).toBe(false);
    expect(await again.getByLabel(text['digest.setting.weekday']).inputValue()).toBe('5');

    // In English: the saved setting reads the same (off, Friday, 16:30), and turning it back on saves.
    await switchToEnglish(page);
    await again.getByRole('heading', { level: 2, name: en['digest.setting.title'] }).waitFor();
    const onOff = again.getByRole('switch', { name: en['digest.setting.enabled'] });
    await onOff.waitFor();
    expect(await onOff.isChecked()).toBe(false);
    expect(await again.getByLabel(en['digest.setting.weekday']).locator('option:checked').innerText()).toBe(en['digest.weekday.5']);
    expect(await again.getByLabel(en['digest.setting.time']).inputValue()).toBe('16:30');
    await onOff.click();
    await again.getByRole('button', { name: en['digest.setting.save'] }).click();
    await eventually(async () => expect(await again.getByTestId('digest-status').innerText()).toBe(en['digest.setting.saved']));
    // Saved from the tab in English: the digest now comes in English.
    expect(await e2e.api.get(`/api/communities/${id}/digest/me`)).toMatchObject({ enabled: true, weekday: 5, time: '16:30', locale: 'en' });
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    await actAs(page, 'member', 'en');
    await page.getByTestId('home-surveys').waitFor();
    expect(await page.getByTestId('home-digest').count()).toBe(0);
    const member = await apiAs(e2e.stack.urls.api, 'member');
    await expect(member.get(`/api/communities/${id}/digest/me`)).rejects.toThrow(/403/);
  } finally {
    await context.close();
  }
});
