import type { CommunityView } from '@elan/core/contract';
import { fillTemplate } from '@elan/core/i18n/translate';
import { personas } from '@elan/core/dev/personas';
import type { Page } from 'playwright-core';
import { readZip } from '../../api/src/documents/testing/zipReader';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const fill = (template: string, values: Record<string, string | number>) => fillTemplate('fr', template, values);
const section = (page: Page) => page.getByTestId('home-lifecycle');
const stageOf = async (page: Page) => section(page).getByTestId('lifecycle-stage').getAttribute('data-stage');
const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

/** Clicks a move, checks what the confirmation says, and confirms it. */
async function move(page: Page, label: string, body: string) {
  await section(page).getByRole('button', { name: label }).click();
  const dialog = page.getByRole('alertdialog', { name: label });
  await dialog.getByText(body).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: label }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('a facilitator closes then archives the community from its home (confirmed), downloads its legacy; a member only reads the stage (320 px, axe clean)', async () => {
  const id = await createCommunityViaApi(e2e.api, 'Communauté qui se termine');
  const home = `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`;
  const stored = async () => (await e2e.api.get<CommunityView>(`/api/communities/${encodeURIComponent(id)}`)).lifecycle;
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(home);
    await section(page).waitFor();
    expect(await stageOf(page)).toBe('active');
    expect(await section(page).getByRole('button', { name: text['tab.lifecycle.legacy'] }).count()).toBe(0);
    expect(await section(page).getByRole('button', { name: text['tab.lifecycle.move.archived'] }).count()).toBe(0);
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // Cancelling changes nothing.
    await section(page).getByRole('button', { name: text['tab.lifecycle.move.closing'] }).click();
    const dialog = page.getByRole('alertdialog', { name: text['tab.lifecycle.move.closing'] });
    await dialog.getByRole('button', { name: text['tab.dialog.cancel'] }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await stored()).stage).toBe('active');

    // Closing: confirmed, stored, said (no channel is linked here, so the card went to none).
    await move(page, text['tab.lifecycle.move.closing'], text['tab.lifecycle.confirm.closing']);
    await eventually(async () =>
      expect(await section(page).getByTestId('lifecycle-notice').innerText()).toBe(fill(text['tab.lifecycle.done.closing'], { n: 0 })),
    );
    expect(await stageOf(page)).toBe('closing');
    expect(await stored()).toMatchObject({ stage: 'closing', by: { name: personas[0]!.name } });

    // The legacy document downloads as a Word file with the community's name in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section(page).getByRole('button', { name: text['tab.lifecycle.legacy'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Héritage - .+\.docx$/);
    const docx = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(readZip(docx).get('word/document.xml')?.toString('utf8')).toContain('Communauté qui se termine');
    expect(await section(page).getByTestId('lifecycle-legacy-error').count()).toBe(0);

    // Archiving: nothing new can start (the API refuses a poll), and it stays after a reload with who and when.
    await move(page, text['tab.lifecycle.move.archived'], text['tab.lifecycle.confirm.archived']);
    await eventually(async () => expect(await stageOf(page)).toBe('archived'));
    expect((await stored()).stage).toBe('archived');
    const poll = await e2e.api.send('POST', `/api/communities/${encodeURIComponent(id)}/polls`, {
      question: 'Encore un sondage?',
      method: 'consent',
    });
    expect(poll.status).toBe(409);
    await page.reload();
    await section(page).waitFor();
    expect(await stageOf(page)).toBe('archived');
    expect(await section(page).innerText()).toContain(text['tab.lifecycle.about.archived']);
    expect(await section(page).innerText()).toContain(personas[0]!.name);
    expect(await section(page).getByRole('button', { name: text['tab.lifecycle.move.reactivate'] }).count()).toBe(1);
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // A member reads the stage and may download the legacy, but has no move to make.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(fill(text['home.yourRole'], { role: text['role.member'] })).waitFor();
    await section(page).waitFor();
    expect(await stageOf(page)).toBe('archived');
    expect(await section(page).getByRole('button', { name: text['tab.lifecycle.legacy'] }).count()).toBe(1);
    expect(await section(page).getByRole('button', { name: text['tab.lifecycle.move.reactivate'] }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
