import { en } from '@elan/core/i18n/en';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, field, openWorkshop, text, waitSaved } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

/** Workshop 6's compass schedule as stored. */
const schedule = async (id: string) =>
  ((await e2e.api.get(`/api/communities/${id}/workshops/6`)) as { data: { compassSchedule?: Record<string, unknown> } }).data
    .compassSchedule;

test('a facilitator sets the compass rhythm in workshop 6 and turns the automatic runs off, then on again in English; 320 px, axe clean', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Rythme de la boussole');
    await openWorkshop(page, e2e.stack.urls.tab, id, 6);

    await field(page, text['tab.w6.compass.everyMonths']).fill('4');
    const byHand = page.getByRole('checkbox', { name: text['tab.w6.compass.openedByHand'] });
    expect(await byHand.isChecked()).toBe(false);
    await byHand.check();
    await waitSaved(page);
    await eventually(async () => expect(await schedule(id)).toMatchObject({ everyMonths: 4, openedByHand: true }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    const byHandEn = page.getByRole('checkbox', { name: en['tab.w6.compass.openedByHand'] });
    await eventually(async () => expect(await byHandEn.isChecked()).toBe(true));
    await byHandEn.uncheck();
    await eventually(async () => expect(await schedule(id)).toMatchObject({ everyMonths: 4, openedByHand: false }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  }));
