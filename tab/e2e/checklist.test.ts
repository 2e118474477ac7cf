import { personas } from '@elan/core/dev/personas';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, expectNoHorizontalScroll, switchToEnglish, text, textEn as en } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const fill = (template: string, values: Record<string, string | number>) => fillTemplate('fr', template, values);
const item = (page: Page, id: string) => page.getByTestId('checklist-form').locator(`[data-item="${id}"]`);
const radio = (page: Page, id: string, level: 'yes' | 'partly' | 'notYet', catalog: typeof text | typeof en = text) =>
  item(page, id).getByRole('radio', { name: catalog[`checklist.level.${level}`], exact: true });
const pick = (page: Page, id: string, level: 'yes' | 'partly' | 'notYet', catalog: typeof text | typeof en = text) =>
  radio(page, id, level, catalog).check();

test('a facilitator reaches the competence checklist from "what to do now", answers it, sees what helps, and finds it again, in English too; nobody else sees it, another facilitator cannot even reach it (320 px, axe clean)', async () => {
  const id = await createCommunityViaApi(e2e.api, 'Profil d’animation');
  const c = encodeURIComponent(id);
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${c}`);
    await page.getByTestId('home-what-now').getByRole('link', { name: text['tab.lifePhase.now.tool.preparation'] }).click();
    await page.getByRole('heading', { level: 1, name: text['checklist.title'] }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/c/${c}/profile`);
    await page.getByTestId('checklist-form').waitFor();
    expect(await page.getByTestId('checklist-progress').innerText()).toBe(
      fill(text['checklist.progress'], { yes: 0, total: 10, answered: 0 }),
    );
    expect(await page.getByTestId('checklist-suggestions').innerText()).toContain(text['checklist.suggestions.none']);

    // "Not yet" shows at once what helps, with the workshop to open.
    await pick(page, 'mandate', 'yes');
    await pick(page, 'sponsor', 'notYet');
    await pick(page, 'tools', 'partly');
    const sponsor = page.getByTestId('checklist-suggestions').locator('[data-suggestion="sponsor"]');
    await sponsor.getByText(text['checklist.suggest.sponsor']).waitFor();
    expect(await page.getByTestId('checklist-suggestions').locator('[data-suggestion]').count()).toBe(1);
    expect(await page.getByTestId('checklist-progress').innerText()).toBe(
      fill(text['checklist.progress'], { yes: 1, total: 10, answered: 3 }),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: text['checklist.save'] }).click();
    await eventually(async () => expect(await page.getByTestId('checklist-status').innerText()).not.toBe(''));
    expect((await e2e.api.get(`/api/communities/${c}/checklist/me`)).answers).toEqual({
      mandate: 'yes',
      sponsor: 'notYet',
      tools: 'partly',
    });

    // It stays, and its suggestion leads to workshop 1.
    await page.reload();
    await page.getByTestId('checklist-form').waitFor();
    expect(await radio(page, 'sponsor', 'notYet').isChecked()).toBe(true);

    // In English: the saved answers, what helps and the progress, by their English names; a change saves as well.
    await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: en['checklist.title'] }).waitFor();
    expect(await radio(page, 'sponsor', 'notYet', en).isChecked()).toBe(true);
    expect(await radio(page, 'mandate', 'yes', en).isChecked()).toBe(true);
    await sponsor.getByText(en['checklist.suggest.sponsor']).waitFor();
    await pick(page, 'time', 'yes', en);
    expect(await page.getByTestId('checklist-progress').innerText()).toBe(
      fillTemplate('en', en['checklist.progress'], { yes: 2, total: 10, answered: 4 }),
    );
    await page.getByRole('button', { name: en['checklist.save'] }).click();
    await eventually(async () =>
      expect(await page.getByTestId('checklist-status').innerText()).toMatch(new RegExp(`^${en['checklist.savedAt'].split('{date}')[0]}`)),
    );
    expect((await e2e.api.get(`/api/communities/${c}/checklist/me`)).answers).toEqual({
      mandate: 'yes',
      sponsor: 'notYet',
      tools: 'partly',
      time: 'yes',
    });
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await sponsor.getByRole('link', { name: fillTemplate('en', en['checklist.openWorkshop'], { n: 1 }) }).click();
    await eventually(async () => expect(await page.evaluate(() => window.location.hash)).toBe(`#/c/${c}/w/1`));

    // Another facilitator of the same community gets their own, empty; a member is refused.
    const other = await apiAs(e2e.stack.urls.api, 'facilitator', { userId: 'second-facilitator', name: 'Deuxième animatrice' });
    expect(
      (
        await e2e.api.send('POST', `/api/communities/${c}/members`, {
          userId: 'second-facilitator',
          name: 'Deuxième animatrice',
          role: 'facilitator',
        })
      ).status,
    ).toBe(201);
    expect((await other.get(`/api/communities/${c}/checklist/me`)).answers).toEqual({});
    // No route names another person's checklist: asking for the author's by their id is a 404, for reading or writing,
    // with nothing of theirs in the answer, and theirs is unchanged.
    const author = personas.find((p) => p.role === 'facilitator')!.userId;
    const theirs = `/api/communities/${c}/checklist/${encodeURIComponent(author)}`;
    const read = await other.get(theirs).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(read).toMatch(/^GET \S+: 404/);
    expect(read).not.toContain('notYet');
    expect((await other.send('PUT', theirs, { answers: { mandate: 'notYet' } })).status).toBe(404);
    expect((await e2e.api.get(`/api/communities/${c}/checklist/me`)).answers).toMatchObject({ mandate: 'yes', sponsor: 'notYet' });
    const member = await apiAs(e2e.stack.urls.api, 'member');
    await expect(member.get(`/api/communities/${c}/checklist/me`)).rejects.toThrow(/403/);
  } finally {
    await context.close();
  }
});
