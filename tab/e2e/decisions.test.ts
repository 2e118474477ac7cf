import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, text, waitSaved } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
let id: string;

// One community with workshop 4's rules and one decided poll.
beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, 'Décisions');
  await putWorkshop(e2e.api, id, 1, exampleWorkshops[1]!);
  await putWorkshop(e2e.api, id, 4, exampleWorkshops[4]!);
  const poll = await e2e.api.send<{ poll: { id: string } }>('POST', `/api/communities/${id}/polls`, {
    question: 'Essayer la trousse?',
    method: 'consent',
  });
  await e2e.api.send('POST', `/api/communities/${id}/polls/${poll.body.poll.id}/close`);
}, 120_000);

test('a facilitator writes a decision’s outcome and review date on a phone-wide home; it is due for review, and a concurrent edit is shown, not overwritten', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const section = page.getByTestId('latest-decisions');
    await section.getByText(text['tab.decisions.noStatement']).waitFor();
    await section.getByRole('button', { name: text['tab.decisions.writeNamed'].replace('{n}', '1') }).click();
    const dialog = page.getByRole('dialog', { name: text['tab.decisions.dialogTitle'].replace('{n}', '1') });
    await dialog.getByLabel(text['tab.decisions.text']).fill('On essaie la trousse six mois, puis on en reparle.');
    await dialog.getByLabel(text['tab.decisions.reviewOn']).fill('2026-01-15');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.decisions.save'] }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Shown on the home, due for review (the date has passed), and stored.
    await section.getByText('On essaie la trousse six mois, puis on en reparle.').waitFor();
    await page
      .getByTestId('decisions-to-review')
      .getByText(text['tab.home.decision'].replace('{n}', '1').replace('{question}', 'Essayer la trousse?'))
      .waitFor();
    const [stored] = (await e2e.api.get(`/api/communities/${id}/decisions`)).decisions;
    // Fluent lifts aria-hidden from the page just after the dialog leaves: check the settled page.
    await eventually(async () => expect(await page.locator('#root').getAttribute('aria-hidden')).toBeNull());
    expect(stored.statement).toMatchObject({ text: 'On essaie la trousse six mois, puis on en reparle.', reviewOn: '2026-01-15' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Someone else rewrites it meanwhile: saving from the older version shows theirs instead of replacing it.
    const rewrite = await e2e.api.send(
      'PUT',
      `/api/communities/${id}/decisions/1/statement`,
      { text: 'Version de Julie.' },
      { 'if-match': stored.statementEtag },
    );
    expect(rewrite.status).toBe(200);
    await section
      .getByRole('button', { name: text['tab.decisions.editNamed'].replace('{n}', '1') })
      .first()
      .click();
    await dialog.getByLabel(text['tab.decisions.text']).fill('Ma version.');
    await dialog.getByRole('button', { name: text['tab.decisions.save'] }).click();
    await dialog.getByText(text['tab.decisions.conflict']).waitFor();
    await eventually(async () => expect(await dialog.getByLabel(text['tab.decisions.text']).inputValue()).toBe('Version de Julie.'));
    expect((await e2e.api.get(`/api/communities/${id}/decisions`)).decisions[0].statement.text).toBe('Version de Julie.');
  } finally {
    await context.close();
  }
});

test('"ask the members" follows the decision matrix: the dialog starts on a fitting row, shows its rule, and the poll takes it', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/1`);
    await page.getByTestId('ask-members').getByRole('button', { name: text['tab.ask.button.consent'] }).click();
    const dialog = page.getByRole('dialog');
    const type = dialog.getByLabel(text['tab.ask.decisionType']);
    // The consent rows of the matrix, and "none"; the dot-vote and advice rows do not fit a consent ask.
    await eventually(async () => expect(await type.inputValue()).toBe('Raison d’être et valeurs'));
    expect(await type.locator('option').allInnerTexts()).toEqual([
      'Raison d’être et valeurs',
      'Modification de la charte',
      text['tab.ask.decisionTypeNone'],
    ]);
    const rule = (quorum: number, days: number) =>
      text['tab.ask.rule']
        .replace('{method}', text['poll.method.consent'])
        .replace('{quorum}', String(quorum))
        .replace('{days, plural, one {# jour} other {# jours}}', `${days} jours`)
        .replace('{anonymity}', text['tab.ask.rule.named']);
    await dialog.getByText(rule(50, 7)).waitFor();
    await type.selectOption('Modification de la charte');
    await dialog.getByText(rule(60, 10)).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.send'] }).click();
    await dialog.getByTestId('card-preview').waitFor();

    const polls = (await e2e.api.get(`/api/communities/${id}/polls`)).polls;
    expect(polls.find((p: { subject?: string; quorumPct: number; decisionType: unknown }) => p.decisionType)).toMatchObject({
      method: 'consent',
      quorumPct: 60,
      decisionType: { label: 'Modification de la charte', kind: null },
    });
  } finally {
    await context.close();
  }
});

test('a facilitator puts the charter to the members from the home: the amendment rule applies, no decision type to choose', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const status = page.getByTestId('charter-status');
    await status.getByText(text['tab.charter.status.draft']).waitFor();
    expect(await status.getAttribute('data-status')).toBe('draft');
    await status.getByRole('button', { name: text['tab.charter.propose'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(text['tab.charter.rule']).waitFor();
    expect(await dialog.getByLabel(text['tab.ask.decisionType']).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.send'] }).click();
    await dialog.getByTestId('card-preview').waitFor();
    const poll = (await e2e.api.get(`/api/communities/${id}/polls`)).polls.find(
      (p: { question: string }) => p.question === text['tab.charter.question'],
    );
    // Workshop 4's amendment rule of the example: consent, 60 %, 10 days.
    expect(poll).toMatchObject({ method: 'consent', quorumPct: 60, decisionType: null });
    expect(Date.parse(poll.closesAt) - Date.now()).toBeGreaterThan(9.9 * 24 * 3600 * 1000);
  } finally {
    await context.close();
  }
});

test('each matrix row can set its own anonymity and hidden results, or follow the general rule', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/4`);
    const anonymity = page.getByLabel(text['tab.w4.row.anonymous'], { exact: true });
    await anonymity.first().waitFor();
    // The example's general rule is a named vote: "general rule (named vote)" until a row says otherwise.
    expect(await anonymity.first().inputValue()).toBe('default');
    expect(await anonymity.first().locator('option').first().innerText()).toBe(
      text['tab.w4.row.voice.general'].replace('{rule}', text['tab.w4.row.anonymous.no']),
    );
    await anonymity.first().selectOption('yes');
    await page.getByLabel(text['tab.w4.row.hideResultsUntilClose'], { exact: true }).nth(1).selectOption('no');
    await waitSaved(page);
    const rows = (await e2e.api.get(`/api/communities/${id}/workshops/4`)).data.decisionMatrix;
    expect([rows[0].anonymous, rows[0].hideResultsUntilClose, rows[1].anonymous, rows[1].hideResultsUntilClose]).toEqual([
      true,
      undefined,
      undefined,
      false,
    ]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
