import type { NotebookListView, NotebookView } from '@elan/core/contract';
import { personas } from '@elan/core/dev/personas';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, field, text, waitSaved } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
let id: string;
const sponsor = personas.find((p) => p.role === 'sponsor')!;

beforeAll(async () => {
  // Nadia (facilitator), Marc-André (member) and Hélène (sponsor); weekly meetings from Tuesday 9 March 2027, the
  // summary shared with the organisation (so sponsors read approved ones), the minutes with members.
  id = await createCommunityViaApi(e2e.api, 'Carnets de rencontre');
  await putWorkshop(
    e2e.api,
    id,
    3,
    ritualsInput({
      capture: { minutesVisibility: 'members', summaryVisibility: 'organisation', resourcesLocation: 'SharePoint', dueWorkingDays: 3 },
    }),
  );
}, 120_000);

const base = () => `/api/communities/${encodeURIComponent(id)}/notebooks`;
const listUrl = () => `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/notebooks`;
const notebookUrl = (nid: string) => `${listUrl()}/${nid}`;
const stored = () => e2e.api.get<NotebookView>(`${base()}/m20270316`);
const resourceItem = (page: Page, n: number) => page.getByTestId('notebook-resources').locator(':scope > li').nth(n);
const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

test('a facilitator opens a meeting’s notebook, writes it (autosaved), finds it, sees a conflict, approves it (320 px, axe clean)', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    // From the community home's card, as a facilitator finds it.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByRole('link', { name: text['tab.notebooks.link'] }).click();
    await page.getByRole('heading', { level: 1, name: text['tab.notebooks.title'] }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/c/${encodeURIComponent(id)}/notebooks`);
    await eventually(async () => expect(await page.getByTestId('notebooks-status').innerText()).toBe('Aucun carnet'));
    await page.getByText(text['tab.notebooks.list.none']).waitFor();
    const date = field(page, text['tab.notebooks.open.date']);
    // Only meeting days are offered (the series starts in March 2027: its first meetings), the first chosen.
    expect(await date.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
      '2027-03-09',
      '2027-03-16',
      '2027-03-23',
    ]);
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // Open the notebook of 16 March: created, and the page goes to it.
    await date.selectOption('2027-03-16');
    await page.getByRole('button', { name: text['tab.notebooks.open.submit'], exact: true }).click();
    await field(page, text['tab.notebooks.field.title']).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/c/${encodeURIComponent(id)}/notebooks/m20270316`);

    // Title, tags, summary and two resources (a public link, a private file); autosave stores them.
    await field(page, text['tab.notebooks.field.title']).fill('Éducation thérapeutique');
    await field(page, text['tab.notebooks.field.tags']).fill('outils, triage');
    await field(page, text['tab.notebooks.field.summary']).fill('Nous avons comparé trois outils d’éducation thérapeutique.');
    await field(page, text['tab.notebooks.field.minutesText']).fill('Détails confidentiels de la discussion.');
    await page.getByRole('button', { name: text['tab.notebooks.resource.add'] }).click();
    await field(resourceItem(page, 0), text['tab.notebooks.resource.url']).fill('https://example.org/gabarit');
    await field(resourceItem(page, 0), text['tab.notebooks.resource.description']).fill('Gabarit de plan d’enseignement');
    await field(resourceItem(page, 0), text['tab.notebooks.resource.tags']).fill('gabarit');
    await field(resourceItem(page, 0), text['tab.notebooks.resource.public']).check();
    await page.getByRole('button', { name: text['tab.notebooks.resource.add'] }).click();
    await field(resourceItem(page, 1), text['tab.notebooks.resource.fileName']).fill('liste-interne.xlsx');
    await field(resourceItem(page, 1), text['tab.notebooks.resource.description']).fill('Liste interne des participants');
    await waitSaved(page);
    await eventually(async () =>
      expect(await stored()).toMatchObject({
        title: 'Éducation thérapeutique',
        tags: ['outils', 'triage'],
        summary: 'Nous avons comparé trois outils d’éducation thérapeutique.',
        capturedBy: { name: personas[0]!.name },
        resources: [
          { url: 'https://example.org/gabarit', description: 'Gabarit de plan d’enseignement', tags: ['gabarit'], public: true },
          { fileName: 'liste-interne.xlsx', description: 'Liste interne des participants', public: false },
        ],
      }),
    );
    // Who shared each resource is shown once stored.
    await eventually(async () =>
      expect(await resourceItem(page, 0).getByTestId('resource-shared-by').innerText()).toContain(personas[0]!.name),
    );
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // The search finds it with accents folded, and the resource by its words.
    await page.getByRole('link', { name: text['tab.notebooks.backToList'] }).click();
    await page.getByRole('heading', { level: 1, name: text['tab.notebooks.title'] }).waitFor();
    await field(page, text['tab.notebooks.search.text']).fill('education');
    await eventually(async () => {
      expect(await page.getByTestId('notebooks-status').innerText()).toBe('1 carnet');
      expect(
        await page
          .locator('[data-testid="notebook-list"] [data-notebook-id]')
          .evaluateAll((l) => l.map((e) => e.getAttribute('data-notebook-id'))),
      ).toEqual(['m20270316']);
    });
    await field(page, text['tab.notebooks.search.text']).fill('gabarit');
    await page.getByTestId('found-resources').getByText('Gabarit de plan d’enseignement').waitFor();
    await field(page, text['tab.notebooks.search.text']).fill('introuvable');
    await page.getByText(text['tab.notebooks.list.noMatch']).waitFor();
    await field(page, text['tab.notebooks.search.text']).fill('');
    await field(page, text['tab.notebooks.search.tag']).selectOption('triage');
    await eventually(async () => expect(await page.getByTestId('notebooks-status').innerText()).toBe('1 carnet'));
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // Someone changes the notebook through the API meanwhile: the next save is a conflict, shown, not overwritten.
    await page.goto(notebookUrl('m20270316'));
    await field(page, text['tab.notebooks.field.title']).waitFor();
    const before = await stored();
    const { sharedBy: _a, sharedAt: _b, ...r1 } = before.resources[0]!;
    const { sharedBy: _c, sharedAt: _d, ...r2 } = before.resources[1]!;
    const changed = await e2e.api.send(
      'PUT',
      `${base()}/m20270316`,
      { title: 'Titre changé ailleurs', tags: before.tags, minutes: before.minutes, summary: before.summary, resources: [r1, r2] },
      { 'If-Match': before.etag },
    );
    expect(changed.status).toBe(200);
    await field(page, text['tab.notebooks.field.summary']).fill('Trois outils comparés; le gabarit retenu.');
    const dialog = page.getByRole('alertdialog', { name: text['tab.notebooks.conflict.title'] });
    await dialog.waitFor();
    const row = dialog.getByRole('listitem').filter({ hasText: text['tab.notebooks.field.title'] });
    expect((await row.locator('[data-version="mine"] p').innerText()).trim()).toBe('Éducation thérapeutique');
    expect((await row.locator('[data-version="theirs"] p').innerText()).trim()).toBe('Titre changé ailleurs');
    expect(await page.getByTestId('save-state').getAttribute('data-status')).toBe('conflict');
    expect((await stored()).title).toBe('Titre changé ailleurs');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['conflict.keepMine'] }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await eventually(async () =>
      expect(await stored()).toMatchObject({ title: 'Éducation thérapeutique', summary: 'Trois outils comparés; le gabarit retenu.' }),
    );

    // Approve, after confirming: the status says so, and the API stores it.
    await page.getByRole('button', { name: text['tab.notebooks.approve'] }).click();
    const confirm = page.getByRole('alertdialog', { name: text['tab.notebooks.approve.title'] });
    await confirm.getByText(text['tab.notebooks.approve.body']).waitFor();
    await confirm.getByRole('button', { name: text['tab.notebooks.approve'], exact: true }).click();
    await eventually(async () =>
      expect(await page.getByTestId('approve-status').innerText()).toBe(
        text['tab.notebooks.approve.done'].replace('{name}', personas[0]!.name),
      ),
    );
    expect(await page.getByTestId('notebook-status').getAttribute('data-status')).toBe('approved');
    expect(await page.getByTestId('notebook-people').locator('[data-person="approvedBy"]').innerText()).toContain(personas[0]!.name);
    expect((await stored()).status).toBe('approved');
    // The dialog gives the page back to assistive technologies once closed.
    await eventually(async () => expect(await page.locator('#root').getAttribute('aria-hidden')).toBeNull(), 5_000);
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a sponsor reads the approved summary and the public resource only, never the minutes (320 px, axe clean)', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    expect((await stored()).status).toBe('approved');
    await context.addInitScript((userId) => window.localStorage.setItem('elan.persona', userId), sponsor.userId);
    await page.goto(listUrl());
    await page.getByRole('heading', { level: 1, name: text['tab.notebooks.title'] }).waitFor();
    await page.getByText(text['tab.notebooks.intro.readOnly']).waitFor();
    // No opening of notebooks for sponsors.
    expect(await page.getByRole('button', { name: text['tab.notebooks.open.between'] }).count()).toBe(0);
    await page.locator('[data-notebook-id="m20270316"]').waitFor();
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-notebook-id="m20270316"] a').click();
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('notebook-summary').innerText()).toBe('Trois outils comparés; le gabarit retenu.');
    const resources = page.getByTestId('notebook-resources');
    expect(await resources.locator(':scope > li').count()).toBe(1);
    expect(await resources.innerText()).toContain('Gabarit de plan d’enseignement');
    expect(await page.getByTestId('minutes-hidden').innerText()).toBe(text['tab.notebooks.minutes.membersOnly']);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('liste-interne');
    expect(body).not.toContain('confidentiels');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await noHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    // What the API gives sponsors, for the record.
    const list = await (await apiAs(e2e.stack.urls.api, 'sponsor')).get<NotebookListView>(base());
    expect(list.notebooks.map((n) => n.id)).toEqual(['m20270316']);
  } finally {
    await context.close();
  }
});
