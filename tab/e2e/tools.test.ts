import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import type { Page } from 'playwright-core';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const open = (page: Page, id: string, n: 1 | 2 | 3 | 4 | 5 | 6) => openWorkshop(page, e2e.stack.urls.tab, id, n);

test('rituals: the agenda total is checked against the meeting length, and the next six meetings are planned', () =>
  inNewWindow(e2e.browser, async (page) => {
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
  }));

test('decisions: presets fill the matrix; items move and come back after removal with undo; history restores a version', () =>
  inNewWindow(e2e.browser, async (page) => {
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
  }));

test('"ask the members" posts the polls and shows the card; a member reads every workshop without editing', () =>
  inNewWindow(e2e.browser, async (page) => {
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
  }));
