import type { Page } from 'playwright-core';
import { createCommunity, eventually, field, openW1, text, waitSaved } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(120_000);

const e2e = useStack();

const dialogOf = (page: Page) => page.getByRole('alertdialog', { name: text['conflict.title'] });

/** The conflict dialog's row for one field: its two versions as shown. */
async function conflictRow(page: Page, fieldLabel: string) {
  const row = dialogOf(page).getByRole('listitem').filter({ hasText: fieldLabel });
  return {
    mine: (await row.locator('[data-version="mine"] p').innerText()).trim(),
    theirs: (await row.locator('[data-version="theirs"] p').innerText()).trim(),
  };
}

async function reloadW1(page: Page): Promise<void> {
  await page.reload();
  await field(page, text['w1.name']).waitFor();
}

test('two windows edit the same workshop: the stale one is asked, and both choices hold after a reload', async () => {
  const a = await newWindow(e2e.browser);
  const b = await newWindow(e2e.browser);
  try {
    const id = await createCommunity(a.page, e2e.stack.urls.tab, 'Conflits');
    await openW1(a.page, e2e.stack.urls.tab, id);
    await openW1(b.page, e2e.stack.urls.tab, id);

    // Window A saves first; window B still holds the version it loaded.
    await field(a.page, text['w1.name']).fill('Nom écrit par A');
    await waitSaved(a.page);
    await field(b.page, text['w1.name']).fill('Nom écrit par B');

    // B's save is refused and B is asked, with both versions side by side.
    await dialogOf(b.page).waitFor();
    expect(await dialogOf(b.page).innerText()).toContain(text['conflict.body'].replace('{name}', 'Nadia Tremblay'));
    expect(await conflictRow(b.page, text['w1.name'])).toEqual({ mine: 'Nom écrit par B', theirs: 'Nom écrit par A' });
    expect(await dialogOf(b.page).getByRole('listitem').count()).toBe(1);
    expect((await b.page.getByTestId('save-state').getAttribute('data-status')) ?? '').toBe('conflict');

    // "Take theirs": B's form shows A's text, now and after a reload.
    await b.page.getByRole('button', { name: text['conflict.takeTheirs'] }).click();
    await dialogOf(b.page).waitFor({ state: 'detached' });
    expect(await field(b.page, text['w1.name']).inputValue()).toBe('Nom écrit par A');
    await reloadW1(b.page);
    expect(await field(b.page, text['w1.name']).inputValue()).toBe('Nom écrit par A');

    // Again, the other way: A saves, B (stale again) saves and keeps its own version.
    await field(a.page, text['w1.tagline']).fill('Slogan de A');
    await waitSaved(a.page);
    await field(b.page, text['w1.tagline']).fill('Slogan de B');
    await dialogOf(b.page).waitFor();
    expect(await conflictRow(b.page, text['w1.tagline'])).toEqual({ mine: 'Slogan de B', theirs: 'Slogan de A' });
    await b.page.getByRole('button', { name: text['conflict.keepMine'] }).click();
    await dialogOf(b.page).waitFor({ state: 'detached' });
    await waitSaved(b.page);

    await reloadW1(b.page);
    expect(await field(b.page, text['w1.tagline']).inputValue()).toBe('Slogan de B');
    expect(await field(b.page, text['w1.name']).inputValue()).toBe('Nom écrit par A');
    // A's window learns it on its next load; nothing of B was lost, and A's name survived too.
    await reloadW1(a.page);
    await eventually(async () => expect(await field(a.page, text['w1.tagline']).inputValue()).toBe('Slogan de B'));
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
