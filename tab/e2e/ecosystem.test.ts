import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { Page } from 'playwright-core';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// Workshop 5's tools in the browser: the stakeholder table, the power-interest grid, the network map and CSV.

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const open = (page: Page, id: string, n: 1 | 2 | 3 | 4 | 5 | 6) => openWorkshop(page, e2e.stack.urls.tab, id, n);

const ecosystem = exampleWorkshops[5] as {
  stakeholders: { id: string; name: string; power: number; interest: number }[];
  relationships: unknown[];
  engagementPlan: unknown[];
};

test('ecosystem: table, grid and map show the same stakeholders; the map is keyboard-usable; CSV goes out and comes back', () =>
  inNewWindow(e2e.browser, async (page) => {
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
  }));
