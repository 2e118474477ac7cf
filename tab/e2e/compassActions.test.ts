import { fillTemplate } from '@elan/core/i18n/translate';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { expectNoHorizontalScroll, openWorkshop, switchToEnglish, text, textEn as en } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

/** Opens a compass run and has five members answer it: every statement `base`, except the dimensions given. */
async function scoredRun(id: string, run: number, base: number, dimensions: Record<string, number>): Promise<void> {
  const opened = await e2e.api.send('POST', `/api/communities/${id}/compass/runs`);
  expect(opened.body.number).toBe(run);
  const view = await e2e.api.get(`/api/communities/${id}/compass`);
  const statements: string[] = view.dimensions.flatMap((d: { statements: string[] }) => d.statements);
  const ratings = Object.fromEntries(statements.map((s) => [s, dimensions[s.split('.')[0]!] ?? base]));
  for (let i = 1; i <= 5; i++) {
    const who = { userId: `e2e-compass-${i}`, name: `Membre ${i}` };
    if (run === 1) await e2e.api.send('POST', `/api/communities/${id}/members`, { ...who, role: 'member' });
    const member = await apiAs(e2e.stack.urls.api, 'member', who);
    const res = await member.send('PUT', `/api/communities/${id}/compass/runs/${run}/responses/me`, { ratings });
    expect(res.status).toBe(200);
  }
}

test('compass improvement ideas: a low dimension and a dropped one, each with its workshop and actions, one made a task on the home; fr and en, 320 px, axe clean', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Boussole en baisse');
    // Run 1: all at 4, trust at 4 too. Run 2: purpose low (2), trust down from 4 to 3, the rest steady.
    await scoredRun(id, 1, 4, {});
    await scoredRun(id, 2, 4, { purpose: 2, trust: 3 });

    await openWorkshop(page, e2e.stack.urls.tab, id, 6);
    const ideas = page.getByTestId('compass-ideas');
    await ideas.getByRole('heading', { name: text['tab.compass.ideas.title'] }).waitFor();
    expect(await ideas.locator('[data-testid^="compass-idea-"]').count()).toBe(2);

    const purpose = ideas.getByTestId('compass-idea-purpose');
    expect(await purpose.innerText()).toContain(text['tab.compass.ideas.low'].replace('{median}', '2'));
    const w1 = purpose.getByRole('link', {
      name: text['tab.compass.ideas.revisit'].replace('{n}', '1').replace('{title}', text['workshop.1.title']),
    });
    expect(await w1.getAttribute('href')).toBe(`#/c/${encodeURIComponent(id)}/w/1`);
    await purpose.getByText(text['compass.action.purpose.rereadPurpose']).waitFor();

    const trust = ideas.getByTestId('compass-idea-trust');
    expect(await trust.innerText()).toContain(
      text['tab.compass.ideas.dropped'].replace('{previous}', '4').replace('{previousRun}', '1').replace('{median}', '3'),
    );
    const w3 = trust.getByRole('link', {
      name: text['tab.compass.ideas.revisit'].replace('{n}', '3').replace('{title}', text['workshop.3.title']),
    });
    expect(await w3.getAttribute('href')).toBe(`#/c/${encodeURIComponent(id)}/w/3`);
    expect(await trust.getByRole('list', { name: text['tab.compass.ideas.actions'] }).locator('li').count()).toBe(3);

    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // A facilitator turns an action into a task: it shows on the community home, and goes when done.
    const action = text['compass.action.trust.situationsRound'];
    await trust.getByRole('button', { name: text['tab.compass.ideas.toTask'], description: action }).click();
    await trust.getByRole('status').getByText(text['tab.compass.ideas.taskAdded']).waitFor();
    expect((await e2e.api.get(`/api/communities/${id}/tasks`)).tasks).toEqual([
      expect.objectContaining({ text: action, dimension: 'trust' }),
    ]);
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const tasks = page.getByTestId('tasks');
    await tasks.getByText(action).waitFor();
    await tasks.getByText(text['tab.tasks.from'].replace('{dimension}', text['compass.trust'])).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tasks.getByRole('button', { name: text['tab.tasks.done'] }).click();
    await tasks.getByText(text['tab.tasks.empty']).waitFor();

    // Following the link opens the workshop to revisit.
    await openWorkshop(page, e2e.stack.urls.tab, id, 6);
    await w3.click();
    await page.waitForURL(`**/#/c/${encodeURIComponent(id)}/w/3`);

    // In English: the same two ideas, their reasons, links and actions by their English names.
    await openWorkshop(page, e2e.stack.urls.tab, id, 6);
    await switchToEnglish(page);
    await ideas.getByRole('heading', { name: en['tab.compass.ideas.title'] }).waitFor();
    expect(await ideas.locator('[data-testid^="compass-idea-"]').count()).toBe(2);
    expect(await purpose.innerText()).toContain(fillTemplate('en', en['tab.compass.ideas.low'], { median: 2 }));
    await purpose.getByText(en['compass.action.purpose.rereadPurpose']).waitFor();
    expect(await trust.innerText()).toContain(
      fillTemplate('en', en['tab.compass.ideas.dropped'], { previous: 4, previousRun: 1, median: 3 }),
    );
    const revisit = (n: 1 | 3) => fillTemplate('en', en['tab.compass.ideas.revisit'], { n, title: en[`workshop.${n}.title`] });
    expect(await purpose.getByRole('link', { name: revisit(1) }).getAttribute('href')).toBe(`#/c/${encodeURIComponent(id)}/w/1`);
    expect(await trust.getByRole('link', { name: revisit(3) }).getAttribute('href')).toBe(`#/c/${encodeURIComponent(id)}/w/3`);
    const actionsEn = trust.getByRole('list', { name: en['tab.compass.ideas.actions'] });
    expect(await actionsEn.locator('li').count()).toBe(3);
    await actionsEn.getByText(en['compass.action.trust.situationsRound']).waitFor();
    await trust
      .getByRole('button', { name: en['tab.compass.ideas.toTask'], description: en['compass.action.trust.situationsRound'] })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
  }));
