import type { CommunityView } from '@elan/core/contract';
import { fillTemplate } from '@elan/core/i18n/translate';
import { personas } from '@elan/core/dev/personas';
import type { Page } from 'playwright-core';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { actAs, eventually, expectNoHorizontalScroll, switchToEnglish, text, textEn as en } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const fill = (template: string, values: Record<string, string | number>) => fillTemplate('fr', template, values);
const phaseCard = (page: Page) => page.getByTestId('home-life-phase');
const nowCard = (page: Page) => page.getByTestId('home-what-now');
const badge = (page: Page) => phaseCard(page).getByTestId('life-phase-badge');

/** Follows one "what to do now" link and checks where it leads, then comes back home. */
async function follow(page: Page, home: string, name: string, hash: string) {
  await nowCard(page).getByRole('link', { name }).click();
  await eventually(async () => expect(await page.evaluate(() => window.location.hash)).toBe(hash));
  await page.goto(home);
  await nowCard(page).waitFor();
}

test('the home shows the suggested phase and what to do now; a facilitator confirms another phase, which stays; a member only reads it; in English too (320 px, axe clean)', async () => {
  const id = await createCommunityViaApi(e2e.api, 'Communauté en phases');
  const c = encodeURIComponent(id);
  const home = `${e2e.stack.urls.tab}/#/c/${c}`;
  const stored = async () => (await e2e.api.get<CommunityView>(`/api/communities/${c}`)).lifePhase;
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(home);
    await badge(page).waitFor();

    // Nothing happened yet: Élan suggests preparation, with its CEFRIO stage, unconfirmed.
    expect(await badge(page).innerText()).toBe(text['lifePhase.preparation']);
    expect(await badge(page).getAttribute('data-confirmed')).toBe('false');
    expect(await phaseCard(page).innerText()).toContain(text['lifePhase.stage.preparation']);
    expect(await phaseCard(page).getByTestId('life-phase-status').innerText()).toBe(text['tab.lifePhase.suggested']);
    const workshop1 = fill(text['tab.lifePhase.now.workshopLink'], { n: 1, title: text['workshop.1.title'] });
    await follow(page, home, workshop1, `#/c/${c}/w/1`);
    await follow(page, home, text['tab.lifePhase.now.tool.preparation'], `#/c/${c}/profile`);
    await follow(page, home, text['tab.lifePhase.now.kickOff'], `#/c/${c}/w/3`);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // The facilitator chooses growth instead: a loading state, then said, stored, and the next steps follow.
    await phaseCard(page).getByLabel(text['tab.lifePhase.choose']).selectOption('growth');
    await phaseCard(page).getByRole('button', { name: text['tab.lifePhase.confirm'] }).click();
    await eventually(async () =>
      expect(await phaseCard(page).getByTestId('life-phase-notice').innerText()).toBe(
        fill(text['tab.lifePhase.done'], { phase: text['lifePhase.growth'] }),
      ),
    );
    expect(await badge(page).innerText()).toBe(text['lifePhase.growth']);
    expect(await stored()).toMatchObject({ suggested: 'preparation', confirmed: 'growth', changedBy: { name: personas[0]!.name } });
    expect(await phaseCard(page).getByTestId('life-phase-suggestion').innerText()).toBe(
      fill(text['tab.lifePhase.suggestionDiffers'], { phase: text['lifePhase.preparation'] }),
    );
    expect(await axeViolations(page)).toEqual([]);

    // It stays after a reload, with who confirmed it; what to do now is growth's.
    await page.reload();
    await badge(page).waitFor();
    expect(await badge(page).innerText()).toBe(text['lifePhase.growth']);
    expect(await badge(page).getAttribute('data-confirmed')).toBe('true');
    expect(await phaseCard(page).getByTestId('life-phase-status').innerText()).toContain(personas[0]!.name);
    expect(await phaseCard(page).getByLabel(text['tab.lifePhase.choose']).inputValue()).toBe('growth');
    const workshop6 = fill(text['tab.lifePhase.now.workshopLink'], { n: 6, title: text['workshop.6.title'] });
    await follow(page, home, workshop6, `#/c/${c}/w/6`);
    await follow(page, home, text['tab.lifePhase.now.tool.growth'], `#/c/${c}/w/6`);
    // No meeting planned yet: the next ritual is planning them in workshop 3.
    await follow(page, home, text['tab.lifePhase.now.planMeetings'], `#/c/${c}/w/3`);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // Meanwhile another facilitator's choice lands (here through the API): confirming from the older view is refused
    // with a clear message, and the card shows the phase stored.
    const seen = await stored();
    expect((await e2e.api.send('PUT', `/api/communities/${c}/phase`, { phase: 'reorientation', changedAt: seen.changedAt })).status).toBe(
      200,
    );
    await phaseCard(page).getByLabel(text['tab.lifePhase.choose']).selectOption('startUp');
    await phaseCard(page).getByRole('button', { name: text['tab.lifePhase.confirm'] }).click();
    await eventually(async () => expect(await phaseCard(page).getByTestId('life-phase-error').innerText()).toBe(text['error.conflict']));
    expect(await badge(page).innerText()).toBe(text['lifePhase.reorientation']);
    expect(await phaseCard(page).getByLabel(text['tab.lifePhase.choose']).inputValue()).toBe('reorientation');
    expect((await stored()).confirmed).toBe('reorientation');
    expect(await axeViolations(page)).toEqual([]);

    // A member sees the phase but has nothing to confirm.
    await actAs(page, 'member');
    await badge(page).waitFor();
    expect(await badge(page).innerText()).toBe(text['lifePhase.reorientation']);
    expect(await phaseCard(page).getByRole('button', { name: text['tab.lifePhase.confirm'] }).count()).toBe(0);
    expect(await phaseCard(page).getByLabel(text['tab.lifePhase.choose']).count()).toBe(0);
    expect(await phaseCard(page).innerText()).toContain(text['tab.lifePhase.readOnly']);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // In English: the member's read-only card, then the facilitator's badge, status, form and links by their English names.
    await switchToEnglish(page);
    await eventually(async () => expect(await badge(page).innerText()).toBe(en['lifePhase.reorientation']));
    expect(await phaseCard(page).innerText()).toContain(en['lifePhase.stage.reorientation']);
    expect(await phaseCard(page).innerText()).toContain(en['tab.lifePhase.readOnly']);
    await actAs(page, 'facilitator', 'en');
    await phaseCard(page).getByRole('button', { name: en['tab.lifePhase.confirm'] }).waitFor();
    expect(await phaseCard(page).getByLabel(en['tab.lifePhase.choose']).inputValue()).toBe('reorientation');
    const status = await phaseCard(page).getByTestId('life-phase-status').innerText();
    expect(status.startsWith(en['tab.lifePhase.confirmed'].split('{date}')[0]!)).toBe(true);
    expect(status).toContain(personas[0]!.name);
    await nowCard(page).getByRole('heading', { name: en['tab.lifePhase.now.title'] }).waitFor();
    const n = (await stored()).nextWorkshop;
    for (const [name, hash] of [
      [fillTemplate('en', en['tab.lifePhase.now.workshopLink'], { n, title: en[`workshop.${n}.title`] }), `#/c/${c}/w/${n}`],
      [en['tab.lifePhase.now.tool.reorientation'], `#/c/${c}/w/6`],
      [en['tab.lifePhase.now.planMeetings'], `#/c/${c}/w/3`],
    ] as const)
      expect(await nowCard(page).getByRole('link', { name, exact: true }).getAttribute('href')).toBe(hash);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
