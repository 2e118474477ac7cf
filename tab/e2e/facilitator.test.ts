import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { newWindow } from './harness';
import { useStack } from './useStack';
import { en } from '@elan/core/i18n/en';
import { createCommunity, eventually, example, openW1, saveState, text, waitSaved } from './flows';
import { fillEveryW1Field, readEveryW1Field } from './identity.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(120_000);

const e2e = useStack();

/** The state badge of each workshop as the wizard shows it, in order. */
async function wizardRows(page: Page) {
  const rows = page.getByTestId('workshop-list').getByRole('listitem');
  await rows.first().waitFor();
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push({ text: await rows.nth(i).innerText(), state: await rows.nth(i).getByTestId('workshop-state').getAttribute('data-state') });
  }
  return out;
}

test('a facilitator fills every field of workshop 1, it is saved, and it is all there after a reload', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunity(page, e2e.stack.urls.tab, 'Partenaires en action');
    // Local preview adds the demo member and sponsor, and says so.
    await page.getByText(text['preview.demoMembersAdded']).waitFor();
    // The notice (downloaded only when there is one) closes with its own button.
    await page.getByRole('button', { name: text['tab.notice.dismiss'] }).click();
    await page.getByText(text['preview.demoMembersAdded']).waitFor({ state: 'detached' });

    // The wizard lists the six workshops by title, none started.
    const before = await wizardRows(page);
    expect(before).toHaveLength(6);
    for (const [i, row] of before.entries()) expect(row.text).toContain(text[`workshop.${(i + 1) as 1 | 2 | 3 | 4 | 5 | 6}.title`]);
    expect(before.map((r) => r.state)).toEqual(Array(6).fill('notStarted'));

    // The wizard's own link: the life phase's "what to do now" card on the same screen links there too.
    await page
      .getByTestId('workshop-list')
      .getByRole('link', { name: new RegExp(text['workshop.1.title']) })
      .click();
    await page.getByRole('heading', { level: 1, name: text['workshop.1.title'] }).waitFor();
    expect(await saveState(page)).toEqual({ status: 'idle', text: text['save.idle'] });

    await fillEveryW1Field(page);
    await waitSaved(page);
    await page.getByText(text['tab.wizard.complete']).waitFor();

    // A value too long for the schema is not saved, and the field says why.
    await page.getByLabel(text['w1.value.label'], { exact: true }).first().fill('x'.repeat(31));
    await eventually(async () => expect(await saveState(page)).toEqual({ status: 'invalid', text: text['save.invalid'] }));
    await page.getByText(text['validation.tooLong'].replace('{max}', '30')).waitFor();
    await page.getByLabel(text['w1.value.label'], { exact: true }).first().fill(example.values[0]!.label);
    await waitSaved(page);

    await page.reload();
    await page.getByLabel(text['w1.name'], { exact: true }).waitFor();
    expect(await readEveryW1Field(page)).toEqual(example);
    expect(await saveState(page)).toEqual({ status: 'idle', text: text['save.idle'] });

    // The form is usable by assistive technologies: no serious axe violation.
    expect(await axeViolations(page)).toEqual([]);

    // Back in the wizard, W1 is done.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const after = await wizardRows(page);
    expect(after.map((r) => r.state)).toEqual(['done', 'notStarted', 'notStarted', 'notStarted', 'notStarted', 'notStarted']);
    expect(after[0]!.text).toContain(text['tab.state.done']);
  } finally {
    await context.close();
  }
});

test('a half-filled workshop 1 is "in progress" and lists what is missing', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunity(page, e2e.stack.urls.tab, 'Demi-remplie');
    await openW1(page, e2e.stack.urls.tab, id);
    const missing = page.getByTestId('missing');
    expect(await missing.innerText()).toContain(text['w1.name']);
    await page.getByLabel(text['w1.name'], { exact: true }).fill('Demi-remplie');
    await waitSaved(page);
    await eventually(async () => expect(await missing.getByRole('listitem').first().innerText()).not.toBe(text['w1.name']));
    expect(await missing.innerText()).toContain(text['w1.tagline']);

    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const rows = await wizardRows(page);
    expect(rows[0]!.state).toBe('inProgress');
    expect(rows[0]!.text).toContain(text['state.inProgress']);
  } finally {
    await context.close();
  }
});

test('the language switch changes the UI, <html lang> and the language the API answers in', async () => {
  const { context, page } = await newWindow(e2e.browser);
  // Each language's catalog is a chunk of its own (assets/fr-<hash>.js, assets/en-<hash>.js).
  const catalogsFetched: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/assets\/(fr|en)-[\w-]{8}\.js$/.exec(request.url());
    if (chunk) catalogsFetched.push(chunk[1]!);
  });
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/`);
    await page.getByRole('heading', { level: 1, name: text['home.title'] }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // Only the language in use is downloaded.
    expect(catalogsFetched).toEqual(['fr']);

    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(catalogsFetched).toEqual(['fr', 'en']);

    // Errors come from the API, translated by it: Accept-Language follows the switch.
    await page.goto(`${e2e.stack.urls.tab}/#/c/no-such-community`);
    await page.getByRole('alert').getByText(en['error.notFound']).waitFor();
    await page.getByRole('button', { name: en['app.retry'] }).waitFor();

    // The choice is remembered.
    await page.reload();
    await page.getByRole('alert').getByText(en['error.notFound']).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  } finally {
    await context.close();
  }
});
