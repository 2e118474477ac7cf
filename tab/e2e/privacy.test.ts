import type { Download, Locator, Page } from 'playwright-core';
import { readZip } from '../../api/src/documents/testing/zipReader';
import { formatDay } from '../src/privacy/privacyRules';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';
import { fillTemplate } from '@elan/core/i18n/translate';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

// The French catalog's templates, filled as the app fills them (plural forms included).
const fill = (template: string, params: Record<string, string | number>) => fillTemplate('fr', template, params);

interface Retention {
  retentionMonths: number;
  lastActivityAt: string;
  erasureDueAt: string;
}

/** The summary sentence the section should show for this retention (the browser runs in French). */
const summary = (r: Retention) =>
  fill(text['privacyTab.retention.summary'], {
    months: r.retentionMonths,
    last: formatDay(r.lastActivityAt, 'fr'),
    due: formatDay(r.erasureDueAt, 'fr'),
  });

/** A window without transitions: a button fading back from disabled would read as low contrast to axe. */
async function stillWindow(width?: number): ReturnType<typeof newWindow> {
  const opened = await newWindow(e2e.browser, width);
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  return opened;
}

async function openHome(page: Page, id: string): Promise<Locator> {
  await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
  await page.getByTestId('home-surveys').waitFor();
  return page.getByTestId('home-privacy');
}

async function bytes(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

const withoutTime = (data: Record<string, unknown>) => ({ ...data, exportedAt: undefined });

test('facilitator: the retention is explained, changed to 36 months and still 36 after a reload; the export downloads as ZIP and JSON', async () => {
  const { context, page } = await stillWindow();
  try {
    const id = await createCommunityViaApi(e2e.api, 'Données de la cuisine');
    const before = (await e2e.api.get<{ retention: Retention }>(`/api/communities/${id}`)).retention;
    expect(before.retentionMonths).toBe(24);

    const section = await openHome(page, id);
    await section.getByRole('heading', { level: 2, name: text['privacyTab.title'] }).waitFor();
    expect(await section.getByTestId('retention-summary').innerText()).toBe(summary(before));
    const months = section.getByLabel(text['privacyTab.retention.months']);
    expect(await months.inputValue()).toBe('24');
    expect(await axeViolations(page)).toEqual([]);

    // Out of bounds: said next to the field, nothing sent.
    await months.fill('5');
    await section.getByRole('button', { name: text['privacyTab.retention.save'] }).click();
    await section.getByText(fill(text['privacyTab.retention.invalid'], { min: 6, max: 120 })).waitFor();
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    expect((await e2e.api.get<{ retention: Retention }>(`/api/communities/${id}`)).retention.retentionMonths).toBe(24);
    expect(await axeViolations(page)).toEqual([]);

    // 36 months: saved, confirmed in the live region, the summary follows.
    await months.fill('36');
    await section.getByRole('button', { name: text['privacyTab.retention.save'] }).click();
    const status = section.getByTestId('retention-status');
    await eventually(async () => expect(await status.innerText()).toBe(fill(text['privacyTab.retention.saved'], { months: 36 })));
    expect(await status.getAttribute('role')).toBe('status');
    const after = (await e2e.api.get<{ retention: Retention }>(`/api/communities/${id}`)).retention;
    expect(after.retentionMonths).toBe(36);
    expect(await section.getByTestId('retention-summary').innerText()).toBe(summary(after));
    expect(await months.getAttribute('aria-invalid')).not.toBe('true');

    await page.reload();
    await page.getByTestId('home-surveys').waitFor();
    expect(await section.getByLabel(text['privacyTab.retention.months']).inputValue()).toBe('36');
    expect(await section.getByTestId('retention-summary').innerText()).toBe(summary(after));

    // The ZIP holds export.json (the same export as the API's JSON) and the CSV tables.
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: text['privacyTab.export.zip'] }).click(),
    ]);
    expect(zipDownload.suggestedFilename()).toBe(`elan-export-${id}.zip`);
    const zip = await bytes(zipDownload);
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['export.json', 'community.csv', 'members.csv', 'workshops.csv']));
    const fromZip = JSON.parse(files.get('export.json')!.toString('utf8')) as Record<string, unknown>;
    const fromApi = await e2e.api.get<Record<string, unknown>>(`/api/communities/${id}/export`);
    expect(fromZip).toMatchObject({ community: { id, name: 'Données de la cuisine' } });
    expect(withoutTime(fromZip)).toEqual(withoutTime(fromApi));
    await eventually(async () => expect((await page.getByTestId('announcer').innerText()).trim()).toBe(text['privacyTab.export.done']));

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: text['privacyTab.export.json'] }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe(`elan-export-${id}.json`);
    expect(withoutTime(JSON.parse((await bytes(jsonDownload)).toString('utf8')))).toEqual(withoutTime(fromApi));
    expect(await section.locator('[data-testid^="export-error"]').count()).toBe(0);

    // The section (and its red erase button) stays accessible in every theme.
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      await page.getByLabel(text['tab.preview.theme'], { exact: true }).selectOption(theme);
      expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
    }
  } finally {
    await context.close();
  }
});

test('a member does not see the section, nor get the retention from the API', async () => {
  const { context, page } = await stillWindow();
  try {
    const id = await createCommunityViaApi(e2e.api, 'Vue des membres');
    // The facilitator sees it first, so its absence below is the member's role, not a broken page.
    expect(await (await openHome(page, id)).count()).toBe(1);

    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(fill(text['home.yourRole'], { role: text['role.member'] })).waitFor();
    await page.getByTestId('home-surveys').waitFor();
    expect(await page.getByTestId('home-privacy').count()).toBe(0);
    expect(await page.getByRole('heading', { name: text['privacyTab.title'] }).count()).toBe(0);
    expect(await page.getByRole('button', { name: text['privacyTab.erase.button'] }).count()).toBe(0);

    const member = await apiAs(e2e.stack.urls.api, 'member');
    expect((await member.get(`/api/communities/${id}`)).retention).toBeUndefined();
  } finally {
    await context.close();
  }
});

test('erase at 320 px: explained, confirmed only by the exact name, then gone, and the home list says so', async () => {
  const { context, page } = await stillWindow(320);
  try {
    const name = 'Cuisine à effacer';
    const id = await createCommunityViaApi(e2e.api, name);
    const section = await openHome(page, id);
    await section.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    const openButton = section.getByRole('button', { name: text['privacyTab.erase.button'] });
    await openButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe(fill(text['privacyTab.erase.dialogTitle'], { name }));
    const shown = await dialog.innerText();
    for (const part of [text['privacyTab.erase.what'], text['privacyTab.erase.irreversible'], text['privacyTab.erase.exportFirst']])
      expect(shown).toContain(part);

    // Focus moves into the dialog, on the name field.
    const confirmField = dialog.getByLabel(fill(text['privacyTab.erase.confirmLabel'], { name }));
    await eventually(async () => expect(await confirmField.evaluate((el) => el === document.activeElement)).toBe(true));
    const confirm = dialog.getByRole('button', { name: text['privacyTab.erase.confirm'] });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A near miss keeps the button disabled; Enter does not submit either.
    for (const wrong of ['cuisine à effacer', 'Cuisine a effacer', 'Cuisine à effacer!', 'Cuisine']) {
      await confirmField.fill(wrong);
      expect({ wrong, disabled: await confirm.isDisabled() }).toEqual({ wrong, disabled: true });
    }
    await confirmField.press('Enter');
    expect(await dialog.isVisible()).toBe(true);

    // Cancel: nothing erased, focus back on the button that opened the dialog.
    await dialog.getByRole('button', { name: text['tab.dialog.cancel'] }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await openButton.evaluate((el) => el === document.activeElement)).toBe(true));
    expect((await e2e.api.get(`/api/communities/${id}`)).name).toBe(name);

    // Reopened, the field starts empty; the exact name enables the button, which erases.
    await openButton.click();
    await dialog.waitFor();
    expect(await confirmField.inputValue()).toBe('');
    await confirmField.fill(name);
    expect(await confirm.isDisabled()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await confirm.click();

    await page.waitForURL(/#\/$/);
    await page.getByRole('heading', { level: 1, name: text['home.title'] }).waitFor();
    await page.getByText(text['privacyTab.erased']).waitFor();
    expect(await page.getByRole('link', { name: new RegExp(name) }).count()).toBe(0);
    await expect(e2e.api.get(`/api/communities/${id}`)).rejects.toThrow(`GET /api/communities/${id}: 404`);
    expect((await e2e.api.get<{ communities: { id: string }[] }>('/api/me')).communities.map((c) => c.id)).not.toContain(id);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
