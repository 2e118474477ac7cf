import type { Page } from 'playwright-core';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const stored = async (id: string) => (await e2e.api.get(`/api/communities/${id}/workshops/6`)).data;
const indicatorRow = (page: Page, name: string) =>
  page.locator('#w6-indicators > ul > li').filter({ has: page.locator(`input[value="${name.replace(/"/g, '\\"')}"]`) });

test('starter indicators say what Élan measures; an indicator Élan cannot see takes values entered by hand', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Indicateurs');
    await openWorkshop(page, e2e.stack.urls.tab, id, 6);
    await page.getByRole('button', { name: text['tab.w6.starter.open'] }).click();
    const dialog = page.getByRole('dialog', { name: text['tab.w6.starter.title'] });
    for (const key of ['trust', 'partnerships'] as const)
      await dialog.getByRole('checkbox', { name: text[`tab.w6.starter.${key}`] }).check();
    await dialog.getByRole('button', { name: text['tab.w6.starter.add'].replace('{n}', '2') }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Trust is the mean of its own pulse statement; partnerships has no data Élan sees.
    const trust = indicatorRow(page, text['tab.w6.starter.trust']);
    expect(await trust.getByLabel(text['tab.w6.indicator.measure'], { exact: true }).inputValue()).toBe('pulseItem');
    expect(await trust.getByLabel(text['tab.w6.indicator.pulseItem'], { exact: true }).inputValue()).toBe('P4');
    const partnerships = indicatorRow(page, text['tab.w6.starter.partnerships']);
    expect(await partnerships.getByLabel(text['tab.w6.indicator.measure'], { exact: true }).inputValue()).toBe('');

    // A value by hand: only indicators without a measure are offered.
    await page.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', text['tab.w6.measurements']) }).click();
    const row = page.locator('#w6-measurements > ul > li').first();
    const indicator = row.getByLabel(text['tab.w6.measurement.indicator'], { exact: true });
    expect(await indicator.locator('option').allInnerTexts()).toEqual([expect.any(String), text['tab.w6.starter.partnerships']]);
    await indicator.selectOption(text['tab.w6.starter.partnerships']);
    await row.getByLabel(text['tab.w6.measurement.date'], { exact: true }).fill('2026-11-30');
    const value = row.getByLabel(text['tab.w6.measurement.value'], { exact: true });
    await value.fill('4.5');
    // A measure may be a decimal (a mean, hours saved): the browser must not flag it.
    expect(await value.evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(true);
    await waitSavedAnyLanguage(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await eventually(async () => {
      const data = await stored(id);
      expect(data.indicators).toEqual([
        expect.objectContaining({ name: text['tab.w6.starter.trust'], source: 'pulse', measure: 'pulseItem', pulseItem: 'P4' }),
        expect.objectContaining({ name: text['tab.w6.starter.partnerships'], source: 'orgData' }),
      ]);
      expect(data.indicators[1].measure).toBeUndefined();
      expect(data.measurements).toEqual([{ indicator: text['tab.w6.starter.partnerships'], date: '2026-11-30', value: 4.5 }]);
    });
  }));
