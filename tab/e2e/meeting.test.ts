import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import type { Page } from 'playwright-core';
import { readZip } from '../../api/src/documents/testing/zipReader';
import { apiAs, createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
let id: string;

// Seeded once, after the stack is up: one community with workshops 1 and 3, a decided poll and an open one.
beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, 'En rencontre');
  await putWorkshop(e2e.api, id, 1, exampleWorkshops[1]!);
  await putWorkshop(e2e.api, id, 3, exampleWorkshops[3]!);
  // One decided poll and one open poll.
  const decided = await e2e.api.send<{ poll: { id: string } }>('POST', `/api/communities/${id}/polls`, {
    question: 'Adopter le calendrier?',
    method: 'consent',
  });
  await e2e.api.send('POST', `/api/communities/${id}/polls/${decided.body.poll.id}/close`);
  await e2e.api.send('POST', `/api/communities/${id}/polls`, {
    question: 'Quel jour pour la rencontre de juin?',
    method: 'single',
    options: ['Mardi', 'Jeudi'],
  });
}, 120_000);

const announced = (page: Page) => page.getByTestId('announcer').innerText();

test('community home: progress, open polls, latest decisions, documents; accessible in light, dark and high contrast', () =>
  inNewWindow(e2e.browser, async (page) => {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByTestId('open-polls').getByText('Quel jour pour la rencontre de juin?').waitFor();
    await page
      .getByTestId('latest-decisions')
      .getByText(text['tab.home.decision'].replace('{n}', '1').replace('{question}', 'Adopter le calendrier?'))
      .waitFor();
    const states = await page.getByTestId('workshop-state').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['done', 'notStarted', 'done', 'notStarted', 'notStarted', 'notStarted']);

    // The charter downloads as a Word file named after the community (its name from workshop 1), with no error on the page.
    const name = exampleWorkshops[1]!['name'] as string;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text['tab.docs.charter'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Charte - ${name} - v\\d+\\.docx$`));
    const docx = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(docx.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const parts = readZip(docx);
    expect(parts.has('[Content_Types].xml')).toBe(true);
    expect(parts.get('word/document.xml')?.toString('utf8')).toContain(name);
    expect(await page.getByTestId('docs-error-charter').count()).toBe(0);

    for (const theme of ['light', 'dark', 'contrast'] as const) {
      await page.getByLabel(text['tab.preview.theme'], { exact: true }).selectOption(theme);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByLabel(text['tab.preview.theme'], { exact: true }).selectOption('light');
  }));

test('meeting side panel at 320 px: the agenda timer announces segments, a sense check goes out, notes stay', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/panel`);
    const timer = page.getByTestId('agenda-timer');
    await timer.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.getByTestId('timer-clock').innerText()).toBe('10:00');
    await timer.getByRole('button', { name: text['tab.panel.timer.start'] }).click();
    await eventually(async () =>
      expect(await announced(page)).toContain(text['tab.panel.timer.started'].replace('{label}', 'Tour d’ouverture')),
    );
    await eventually(async () => expect(await page.getByTestId('timer-clock').innerText()).toMatch(/^9:5\d$/), 5000);
    await timer.getByRole('button', { name: text['tab.panel.timer.next'] }).click();
    await eventually(async () => expect(await announced(page)).toContain('Séance de travail'));
    expect(await page.getByTestId('timer-clock').innerText()).toMatch(/^(90:00|89:5\d)$/);
    await timer.getByRole('button', { name: text['tab.panel.timer.pause'] }).click();

    await page.getByLabel(text['tab.panel.sense.question'], { exact: true }).fill('Le format hybride vous convient-il?');
    await page.getByRole('button', { name: text['tab.panel.sense.send'] }).click();
    await page.getByText(text['tab.panel.sense.sent']).first().waitFor();
    const polls = await e2e.api.get(`/api/communities/${id}/polls`);
    expect(
      polls.polls.some(
        (p: { question: string; method: string }) => p.question === 'Le format hybride vous convient-il?' && p.method === 'consent',
      ),
    ).toBe(true);

    await page.getByTestId('quick-notes').fill('Décision : essayer le format hybride.');
    await page.reload();
    await page.getByTestId('quick-notes').waitFor();
    expect(await page.getByTestId('quick-notes').inputValue()).toBe('Décision : essayer le format hybride.');
    expect(await axeViolations(page)).toEqual([]);
  }));

test('meeting stage: a workshop summary and a poll’s results, large; the compass radar with its runs', () =>
  inNewWindow(e2e.browser, async (page) => {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/stage`);
    // By default the workshop worked on last (here workshop 3, saved after workshop 1).
    await page.getByTestId('stage-summary').getByText('Séance de travail', { exact: false }).waitFor();
    await page.getByLabel(text['tab.stage.show'], { exact: true }).selectOption('w:1');
    await page
      .getByTestId('stage-summary')
      .getByText(exampleWorkshops[1]!['purposeStatement'] as string)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const polls = await e2e.api.get(`/api/communities/${id}/polls`);
    const open = polls.polls.find((p: { question: string }) => p.question === 'Quel jour pour la rencontre de juin?');
    await page.getByLabel(text['tab.stage.show'], { exact: true }).selectOption(`poll:${open.id}`);
    await page.getByTestId('stage-poll').getByText('Quel jour pour la rencontre de juin?').waitFor();
    await page.getByTestId('poll-results').getByText('Mardi').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Compass: the facilitator opens a run, five members answer, the radar shows it.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/6`);
    const compass = page.getByTestId('compass');
    await compass.getByRole('button', { name: text['tab.compass.openRun'] }).click();
    await compass.getByTestId('compass-latest').waitFor();
    const view = await e2e.api.get(`/api/communities/${id}/compass`);
    const statements: string[] = view.dimensions.flatMap((d: { statements: string[] }) => d.statements);
    for (let i = 1; i <= 5; i++) {
      const who = { userId: `e2e-member-${i}`, name: `Membre ${i}` };
      await e2e.api.send('POST', `/api/communities/${id}/members`, { ...who, role: 'member' });
      const member = await apiAs(e2e.stack.urls.api, 'member', who);
      const ratings = Object.fromEntries(statements.map((s, k) => [s, 1 + ((k + i) % 5)]));
      const res = await member.send('PUT', `/api/communities/${id}/compass/runs/1/responses/me`, { ratings });
      expect(res.status).toBe(200);
    }
    await page.reload();
    await compass.getByTestId('radar').waitFor();
    expect(await compass.locator('[data-testid="radar"] polygon[data-run]').count()).toBe(1);
    expect(await compass.getByTestId('compass-table').locator('tbody tr').count()).toBe(10);
    expect(await compass.getByTestId('compass-table').innerText()).toContain(text['compass.purpose' as keyof typeof text] ?? 'purpose');
    expect(await axeViolations(page)).toEqual([]);
  }));
