import { fillTemplate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, expectNoHorizontalScroll, openWorkshop, switchToEnglish, text, textEn as en, waitSaved } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

test('the kick-off scenario fills the kick-off run sheet in one click; its timings stay editable and autosave; in English it fills English segments (320 px, axe clean)', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Démarrage');
    await putWorkshop(e2e.api, id, 3, ritualsInput());
    await openWorkshop(page, e2e.stack.urls.tab, id, 3);
    const use = page.getByRole('button', { name: text['tab.w3.kickOff.useScenario'] });
    await use.click();
    await page.locator('#w3-kickOffAgenda-8-minutes').waitFor();
    expect(await page.locator('#w3-kickOffAgenda-0-label').inputValue()).toBe(text['tab.w3.kickOff.preset.arrival']);
    expect(await use.count()).toBe(0);
    // 2 h 20 in nine segments, the total said under the list.
    expect(await page.locator('#w3-kickOffAgenda-total').innerText()).toBe(text['tab.w3.kickOffAgenda.total'].replace('{total}', '140'));
    await page.locator('#w3-kickOffAgenda-4-minutes').fill('30');
    await waitSavedAnyLanguage(page);
    await eventually(async () => {
      const stored = (
        await e2e.api.get<{ data: { kickOffAgenda?: { label: string; minutes: number }[] } }>(`/api/communities/${id}/workshops/3`)
      ).data;
      expect(stored.kickOffAgenda?.map((s) => s.minutes)).toEqual([15, 10, 25, 15, 30, 15, 15, 10, 10]);
      expect(stored.kickOffAgenda?.[8]?.label).toBe(text['tab.w3.kickOff.preset.checkOut']);
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // In English the page around the run sheet is English; the segments already written keep the group's words.
    await switchToEnglish(page);
    await page.getByRole('heading', { level: 2, name: en['tab.w3.section.kickOff'] }).waitFor();
    const total = page.locator('#w3-kickOffAgenda-total');
    await eventually(async () =>
      expect(await total.innerText()).toBe(fillTemplate('en', en['tab.w3.kickOffAgenda.total'], { total: 145 })),
    );
    expect(await page.locator('#w3-kickOffAgenda-0-label').inputValue()).toBe(text['tab.w3.kickOff.preset.arrival']);

    // With the run sheet empty again, the English scenario fills it with English segments, saved as such.
    await putWorkshop(e2e.api, id, 3, ritualsInput());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['workshop.3.title'] }).waitFor();
    await page.getByRole('button', { name: en['tab.w3.kickOff.useScenario'] }).click();
    await page.locator('#w3-kickOffAgenda-8-minutes').waitFor();
    expect(await page.locator('#w3-kickOffAgenda-0-label').inputValue()).toBe(en['tab.w3.kickOff.preset.arrival']);
    expect(await total.innerText()).toBe(fillTemplate('en', en['tab.w3.kickOffAgenda.total'], { total: 140 }));
    await waitSaved(page, en);
    await eventually(async () => {
      const stored = (
        await e2e.api.get<{ data: { kickOffAgenda?: { label: string; minutes: number }[] } }>(`/api/communities/${id}/workshops/3`)
      ).data;
      expect(stored.kickOffAgenda?.map((s) => s.label)).toEqual(
        (
          ['arrival', 'sponsor', 'introductions', 'origins', 'carousel', 'commitments', 'themes', 'practicalities', 'checkOut'] as const
        ).map((k) => en[`tab.w3.kickOff.preset.${k}`]),
      );
    });
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  }));
