import { en } from '@elan/core/i18n/en';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import type { Page } from 'playwright-core';
import { normalize } from '../src/conflict/diffFields';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { byNames, fillEcosystem } from './ecosystem.fill';
import { text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { fillWorkshop, readWorkshop, waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(240_000);

const e2e = useStack({ api: true });

const six = [1, 2, 3, 4, 5, 6] as const;

/** The worked example, with the pulse picked from the item bank the form offers. */
const expected: Record<number, Record<string, unknown>> = {
  ...exampleWorkshops,
  6: { ...exampleWorkshops[6], pulse: { itemIds: ['P1', 'P6', 'P7', 'P4'], frequency: 'quarter', minRespondents: 5 } },
};

/** Same content, whatever the order of ticked choices (the form lists them in its own order). */
function sortChoices(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sortChoices);
    return items.every((v) => typeof v === 'string') ? [...items].sort() : items;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortChoices(v)]));
  return value;
}

async function openWorkshop(page: Page, id: string, n: number, title: string): Promise<void> {
  await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/${n}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByTestId('save-state').waitFor();
}

async function fill(page: Page, n: number, addStakeholder: string): Promise<void> {
  if (n === 5) await fillEcosystem(page, expected[5] as never, addStakeholder);
  else await fillWorkshop(page, n, expected[n]!);
}

async function stored(id: string, n: number): Promise<unknown> {
  const data = (await e2e.api.get<{ data: Record<string, unknown> }>(`/api/communities/${id}/workshops/${n}`)).data;
  return normalize(n === 5 ? byNames(data) : data);
}

test('a facilitator fills the six workshops in French; everything is saved, survives a reload, and passes axe', () =>
  inNewWindow(e2e.browser, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Partenaires en action');
    for (const n of six) {
      await openWorkshop(page, id, n, text[`workshop.${n}.title`]);
      // Richer guidance: why, the timed session plan, pitfalls and an example.
      const guidance = page.getByTestId('guidance');
      expect(await guidance.innerText()).toContain(text[`tab.guide.${n}.plan`].split('\n')[0]!);
      await fill(page, n, text['tab.w5.addStakeholder']);
      await waitSavedAnyLanguage(page);
      await page.getByTestId('missing').getByText(text['tab.wizard.complete']).waitFor();
      expect(await stored(id, n)).toEqual(normalize(n === 5 ? byNames(expected[5]!) : expected[n]));
      expect(await axeViolations(page)).toEqual([]);
    }

    // After a reload, every field shows what was typed.
    for (const n of six) {
      await openWorkshop(page, id, n, text[`workshop.${n}.title`]);
      if (n === 5) {
        const names = await page.getByTestId('stakeholder-table').locator('tbody th').allInnerTexts();
        expect(names).toEqual((expected[5] as { stakeholders: { name: string }[] }).stakeholders.map((s) => s.name));
        continue;
      }
      const shown = await readWorkshop(page, n, expected[n]!);
      expect(normalize(sortChoices(shown))).toEqual(normalize(sortChoices(expected[n])));
    }

    // The community home says all six are ready for the group, in words.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const badges = page.getByTestId('workshop-list').getByTestId('workshop-state');
    await badges.first().waitFor();
    expect(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(Array(6).fill('done'));
    expect(await badges.allInnerTexts()).toEqual(Array(6).fill(text['tab.state.done']));
    expect(await axeViolations(page)).toEqual([]);
  }));

test('the six workshops work in English too', () =>
  inNewWindow(e2e.browser, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Partners in action', 'en');
    await page.goto(`${e2e.stack.urls.tab}/#/`);
    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    for (const n of six) {
      await openWorkshop(page, id, n, en[`workshop.${n}.title`]);
      expect(await page.getByTestId('guidance').innerText()).toContain(en[`tab.guide.${n}.why`].slice(0, 40));
      await fill(page, n, en['tab.w5.addStakeholder']);
      await waitSavedAnyLanguage(page);
      await page.getByTestId('missing').getByText(en['tab.wizard.complete']).waitFor();
      expect(await stored(id, n)).toEqual(normalize(n === 5 ? byNames(expected[5]!) : expected[n]));
    }
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByTestId('workshop-list').getByText(en['tab.state.done']).first().waitFor();
    expect(await page.getByTestId('workshop-list').getByText(en['tab.state.done']).count()).toBe(6);
  }));
