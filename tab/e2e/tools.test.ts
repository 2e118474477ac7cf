import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import type { Page } from 'playwright-core';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';
import { fillTemplate } from '@elan/core/i18n/translate';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

async function open(page: Page, id: string, n: 1 | 2 | 3 | 4 | 5 | 6): Promise<void> {
  await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/${n}`);
  await page.getByRole('heading', { level: 1, name: text[`workshop.${n}.title`] }).waitFor();
  await page.locator('[data-testid="save-state"], [data-testid="read-only"]').first().waitFor();
}

const ecosystem = exampleWorkshops[5] as {
  stakeholders: { id: string; name: string; power: number; interest: number }[];
  relationships: unknown[];
  engagementPlan: unknown[];
};

test('ecosystem: table, grid and map show the same stakeholders; the map is keyboard-usable; CSV goes out and comes back', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunityViaApi(e2e.api, 'Écosystème');
    const stakeholders = [
      ...ecosystem.stakeholders,
      { id: 's6', name: '=HYPERLINK("x")', kind: 'community', tags: ['réseau'], power: 2, interest: 3, disposition: 'neutral' },
    ];
    const relationships = [
      ...ecosystem.relationships,
      { from: 's1', to: 's4', type: 'informs', strength: 1 },
      { from: 's6', to: 's2', type: 'collaborates', strength: 3 },
    ];
    await putWorkshop(e2e.api, id, 5, { ...ecosystem, stakeholders, relationships });
    await open(page, id, 5);

    const names = stakeholders.map((s) => s.name).sort();
    const table = await page.getByTestId('stakeholder-table').locator('tbody th').allInnerTexts();
    const grid = await page.getByTestId('power-interest-grid').locator('li button').allInnerTexts();
    await page.getByTestId('network-map').waitFor();
    const map = await page
      .getByTestId('map-text')
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-name')));
    expect([...table].sort()).toEqual(names);
    expect([...grid].sort()).toEqual(names);
    expect([...(map as string[])].sort()).toEqual(names);
    // Each stakeholder is in the quadrant the rule gives, in the table and the grid alike.
    const quadrant = (p: number, i: number) =>
      p >= 4 && i >= 4 ? 'manageClosely' : p >= 4 ? 'keepSatisfied' : i >= 4 ? 'keepInformed' : 'monitor';
    for (const s of stakeholders) {
      const q = quadrant(s.power, s.interest);
      await page
        .locator(`[data-testid="power-interest-grid"] [data-quadrant="${q}"]`)
        .getByRole('button', { name: s.name, exact: true })
        .waitFor();
      expect(
        await page
          .getByTestId('stakeholder-table')
          .locator(`tr[data-stakeholder="${s.id}"] td[data-quadrant]`)
          .getAttribute('data-quadrant'),
      ).toBe(q);
    }
    // The map: a node per stakeholder, hubs bigger, reachable by keyboard.
    const nodes = page.locator('[data-node]');
    expect(await nodes.count()).toBe(stakeholders.length);
    const radius = async (name: string) =>
      Number(await page.locator(`[data-node][aria-label^="${name},"] circle`).first().getAttribute('r'));
    expect(await radius('Direction DQEPE')).toBeGreaterThan(await radius('Finances'));
    await page.locator('[data-node][tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== first) break;
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).not.toBe(first);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('stakeholder-editor')
      .getByRole('heading', { name: new RegExp(focused.split(',')[0]!.replace(/[()=".]/g, '.')) })
      .waitFor();
    const transform = () => page.locator('[data-testid="network-map"] svg > g').getAttribute('transform');
    const before = await transform();
    await page.getByRole('button', { name: text['tab.w5.map.zoomIn'] }).click();
    expect(await transform()).not.toBe(before);
    expect(await axeViolations(page)).toEqual([]);

    // Search by tag filters the table.
    await page.getByLabel(text['tab.w5.tagFilter'], { exact: true }).selectOption('réseau');
    expect(await page.getByTestId('stakeholder-table').locator('tbody th').allInnerTexts()).toEqual(['=HYPERLINK("x")']);
    await page.getByLabel(text['tab.w5.tagFilter'], { exact: true }).selectOption('');

    // CSV export neutralises formulas; the file imports back, and bad rows are reported by row number.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text['tab.w5.csv.export'] }).click(),
    ]);
    const csv = (await (await download.createReadStream()).toArray()).map(String).join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    // The relationships go out too, by stakeholder name, with the formula neutralised.
    const [relDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text['tabAsks.relCsv.export'] }).click(),
    ]);
    const relCsv = (await (await relDownload.createReadStream()).toArray()).map(String).join('');
    expect(relCsv.startsWith('\uFEFFfrom;to;type;strength\r\n')).toBe(true);
    expect(relCsv).toContain(`"'=HYPERLINK(""x"")";Direction des soins infirmiers;collaborates;3`);
    const other = await createCommunityViaApi(e2e.api, 'Import');
    await open(page, other, 5);
    const bad = '\r\n;;organisation;;;9;4;;;\r\n;Club X;club;;;3;3;;;';
    await page
      .getByTestId('csv-input')
      .setInputFiles({ name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv + bad.slice(2)) });
    const report = page.getByTestId('csv-report');
    await report.waitFor();
    const reportText = await report.innerText();
    expect(reportText).toContain(fillTemplate('fr', text['tab.w5.csv.summary'], { added: 6, updated: 0, skipped: 2 }));
    expect(reportText).toContain(text['tab.w5.csv.problem'].replace('{row}', '8').replace('{reason}', text['tab.w5.csv.reason.name']));
    expect(reportText).toContain('Ligne 9');
    await waitSavedAnyLanguage(page);
    const imported = await e2e.api.get(`/api/communities/${other}/workshops/5`);
    expect(imported.data.stakeholders.map((s: { name: string }) => s.name)).toEqual(stakeholders.map((s) => s.name));

    // Relationships import against the stakeholders just imported; bad rows are reported, the good ones saved.
    const badRelations = 'Finances;Inconnu;funds;2\r\nFinances;Direction DQEPE;amitié;2\r\nFinances;Direction DQEPE;funds;5\r\n';
    await page
      .getByTestId('relationships-csv-input')
      .setInputFiles({ name: 'relations.csv', mimeType: 'text/csv', buffer: Buffer.from(relCsv + badRelations) });
    const relReport = page.getByTestId('relationships-csv-report');
    await relReport.waitFor();
    const relReportText = await relReport.innerText();
    const rows = relationships.length;
    expect(relReportText).toContain(fillTemplate('fr', text['tabAsks.relCsv.summary'], { added: rows, updated: 0, skipped: 3 }));
    const reason = (row: number, key: 'unknownStakeholder' | 'type' | 'strength', value: string) =>
      text['tab.w5.csv.problem']
        .replace('{row}', String(row))
        .replace('{reason}', text[`tabAsks.relCsv.reason.${key}`].replace('{value}', value));
    expect(relReportText).toContain(reason(rows + 2, 'unknownStakeholder', 'Inconnu'));
    expect(relReportText).toContain(reason(rows + 3, 'type', 'amitié'));
    expect(relReportText).toContain(reason(rows + 4, 'strength', '5'));
    await waitSavedAnyLanguage(page);
    const withLinks = await e2e.api.get(`/api/communities/${other}/workshops/5`);
    expect(withLinks.data.relationships).toEqual(relationships);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('rituals: the agenda total is checked against the meeting length, and the next six meetings are planned', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunityViaApi(e2e.api, 'Rituels');
    await putWorkshop(e2e.api, id, 3, exampleWorkshops[3]!);
    await open(page, id, 3);
    const total = page.getByTestId('agenda-total');
    expect(await total.getAttribute('data-fit')).toBe('exact');
    await page.locator('#w3-agendaTemplate-1-minutes').fill('100');
    await eventually(async () => expect(await total.getAttribute('data-fit')).toBe('over'));
    expect(await total.innerText()).toContain('130');
    expect(await total.innerText()).toContain('10');
    await page.getByText(text['tab.w3.durationMinutes.over'].replace('{total}', '130')).waitFor();

    // Next six meetings every 6 weeks in Toronto time, with the note-taker rotating.
    const planner = page.getByTestId('meeting-planner');
    await planner.getByLabel(text['tab.w3.plan.firstDate']).fill('2030-01-08');
    await planner.getByLabel(text['tab.w3.plan.time']).fill('13:30');
    await planner.getByLabel(text['tab.w3.plan.timeZone']).selectOption('America/Toronto');
    await planner.getByLabel(text['tab.w3.plan.people']).fill('Ana, Ben, Chloé');
    const rows = page.getByTestId('next-dates').locator('tbody tr');
    await eventually(async () => expect(await rows.count()).toBe(6));
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
    expect(cells.map((c) => c[1])).toEqual(['Ana', 'Ben', 'Chloé', 'Ana', 'Ben', 'Chloé']);
    expect(cells.every((c) => /13\sh\s30|13:30/.test(c[0]!))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('decisions: presets fill the matrix; items move and come back after removal with undo; history restores a version', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunityViaApi(e2e.api, 'Décisions');
    await open(page, id, 4);
    await page.getByRole('button', { name: text['tab.w4.starter.add'] }).click();
    const items = page.locator('#w4-decisionMatrix > ul > li');
    expect(await items.count()).toBe(12);
    const typeOf = (i: number) => page.locator(`#w4-decisionMatrix-${i}-decisionType`).inputValue();
    expect(await typeOf(0)).toBe(text['tab.w4.starter.purpose']);
    await page
      .getByRole('button', {
        name: text['tab.w4.presets.apply'].replace('{preset}', text['tab.w4.preset.majority']).replace('{n}', '1'),
        exact: true,
      })
      .click();
    expect(await page.locator('#w4-decisionMatrix-0-method').inputValue()).toBe('majority');
    expect(await page.locator('#w4-decisionMatrix-0-quorumPct').inputValue()).toBe('50');
    await page.getByRole('button', { name: text['tab.w4.charterAmendment.useRecommended'] }).click();
    expect(await page.locator('#w4-charterAmendment-quorumPct').inputValue()).toBe('60');

    // Move row 2 up: it becomes row 1, and focus follows it.
    const second = await typeOf(1);
    const list = text['tab.w4.decisionMatrix'];
    await page.getByRole('button', { name: text['tab.list.moveUp'].replace('{n}', '2').replace('{list}', list) }).click();
    expect(await typeOf(0)).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('w4-decisionMatrix-item-0-up');
    // Remove it, then undo: it is back in place.
    await page.getByRole('button', { name: text['tab.list.removeFrom'].replace('{n}', '1').replace('{list}', list) }).click();
    expect(await items.count()).toBe(11);
    const undo = page.getByTestId('undo-bar');
    await undo.getByText(text['tab.undo.removed'].replace('{list}', list)).waitFor();
    await undo.getByRole('button', { name: text['tab.undo.undo'] }).click();
    expect(await items.count()).toBe(12);
    expect(await typeOf(0)).toBe(second);
    await waitSavedAnyLanguage(page);

    // Version history: restore the first version (empty) as a new one; nothing is lost.
    await page.locator('#w4-objectionRule').fill('Une première règle');
    await waitSavedAnyLanguage(page);
    await page.locator('#w4-objectionRule').fill('Une deuxième règle');
    await waitSavedAnyLanguage(page);
    await page.getByRole('button', { name: text['tab.history.show'] }).click();
    const history = page.getByTestId('history');
    await history.waitFor();
    const versions = await history.locator('li[data-version]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-version'))));
    expect(versions.length).toBeGreaterThan(2);
    expect(await history.locator('li').first().innerText()).toContain(text['tab.w4.objectionRule']);
    const target = versions[1]!;
    await page.getByRole('button', { name: text['tab.history.restoreNamed'].replace('{version}', String(target)) }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: text['tab.history.confirm'] }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.locator('#w4-objectionRule').inputValue()).toBe('Une première règle'));
    await eventually(async () =>
      expect(await history.locator('li[data-version]').first().getAttribute('data-version')).toBe(String(versions[0]! + 1)),
    );
    const stored = await e2e.api.get(`/api/communities/${id}/workshops/4`);
    expect(stored.data.objectionRule).toBe('Une première règle');
    expect(stored.version).toBe(versions[0]! + 1);
    // Fluent lifts aria-hidden from the page just after the dialog leaves: check the settled page.
    await eventually(async () => expect(await page.locator('#root').getAttribute('aria-hidden')).toBeNull());
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('"ask the members" posts the polls and shows the card; a member reads every workshop without editing', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunityViaApi(e2e.api, 'Sondages');
    await putWorkshop(e2e.api, id, 1, exampleWorkshops[1]!);
    await putWorkshop(e2e.api, id, 2, {
      ...exampleWorkshops[2]!,
      problems: [
        ...(exampleWorkshops[2] as { problems: unknown[] }).problems,
        { statement: 'Chaque direction rembourse les frais à sa façon', whoIsAffected: 'x', evidence: 'y', severity: 4 },
      ],
    });
    await open(page, id, 1);
    const ask = page.getByTestId('ask-members');
    await ask.getByRole('button', { name: text['tab.ask.button.consent'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: text['tab.ask.send'] }).click();
    const card = dialog.getByTestId('card-preview');
    await card.waitFor();
    await eventually(async () => expect(await card.innerText()).toContain('raison d’être'));
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.done'] }).click();
    await dialog.waitFor({ state: 'detached' });

    await open(page, id, 2);
    await page.getByTestId('ask-members').getByRole('button', { name: text['tab.ask.button.dots'] }).click();
    await page.getByRole('dialog').getByRole('button', { name: text['tab.ask.send'] }).click();
    await page.getByRole('dialog').getByTestId('card-preview').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: text['tab.ask.done'] }).click();
    // The dot vote is linked to the workshop: the field holds that poll's id, not just any value.
    await eventually(async () => expect(await page.locator('#w2-priorityPollId').inputValue()).not.toBe(''));
    await waitSavedAnyLanguage(page);
    const polls = await e2e.api.get(`/api/communities/${id}/polls`);
    expect(polls.polls.map((p: { method: string }) => p.method).sort()).toEqual(['consent', 'dots']);
    const dotVote = polls.polls.find((p: { method: string }) => p.method === 'dots');
    expect(await page.locator('#w2-priorityPollId').inputValue()).toBe(dotVote.id);

    // A member: everything readable, nothing editable, no poll to post.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    for (const n of [1, 2, 3, 4, 5, 6] as const) {
      await open(page, id, n);
      await page.getByTestId('read-only').waitFor();
      expect(await page.getByTestId('save-state').count()).toBe(0);
      expect(await page.getByTestId('ask-members').count()).toBe(0);
      expect(await page.getByRole('button', { name: new RegExp(`^${text['list.add']}`) }).count()).toBe(0);
      if (n === 1) {
        const name = page.locator('#w1-name');
        expect(await name.getAttribute('readonly')).not.toBeNull();
        expect(await name.inputValue()).toBe(exampleWorkshops[1]!['name']);
      }
      if (n === 2) expect(await page.locator('#w2-problems-0-statement').getAttribute('readonly')).not.toBeNull();
    }
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
