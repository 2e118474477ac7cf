import type { Page } from 'playwright-core';
import { personas } from '@elan/core/dev/personas';
import { en } from '@elan/core/i18n/en';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { NewcomerPulseAnswer } from '@elan/core/community/welcomeStore';
import { WelcomeRepository } from '../../api/src/community/welcomeRepository';
import { openTables } from '../../api/src/storage/tables';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

/**
 * Newcomers answer their pulse from a card in a personal chat, 30 days after joining, which no screen of the tab can
 * make happen: the answers are stored as the bot stores them, in the stack's own Azurite.
 */
async function newcomersAnswer(communityId: string, answers: readonly NewcomerPulseAnswer[], from = 0) {
  const welcomes = new WelcomeRepository(await openTables(e2e.stack.storage), Buffer.from('e2e ballot key'));
  for (const [i, answer] of answers.entries())
    expect(await welcomes.answerPulse(personas[0]!.tenantId, communityId, `newcomer-${from + i}`, answer)).toBe(true);
}

/** Opens the community home (read again from the API) and waits for its pulse card. */
async function openHome(page: Page, id: string) {
  const url = `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`;
  // Going to the same address only changes nothing in a hash router: reload instead.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.getByTestId('home-surveys').waitFor();
  return page.getByTestId('newcomer-pulse');
}

const fits = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

test('facilitators see the newcomers’ pulse on the home: none, then “not enough answers yet (n of 5)”, then the counts, in French and English at 320 px, axe clean; a member sees nothing', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    const id = await createCommunityViaApi(e2e.api, 'Pouls des nouveaux');
    let card = await openHome(page, id);
    await card.getByRole('heading', { level: 2, name: text['welcome.pulseResults.title'] }).waitFor();
    await card.getByText(text['welcome.pulseResults.none']).waitFor();
    await fits(page);
    expect(await axeViolations(page)).toEqual([]);

    await newcomersAnswer(id, ['yes', 'partly']);
    card = await openHome(page, id);
    const line = card.getByTestId('newcomer-pulse-line');
    await line.waitFor();
    // Below the threshold: how many answered of how many are needed, never the counts.
    expect(await line.innerText()).toBe(fillTemplate('fr', text['welcome.pulseResults.notEnough'], { n: 2, threshold: 5 }));
    expect(await card.innerText()).not.toContain(text['welcome.pulse.partly']);
    await fits(page);
    expect(await axeViolations(page)).toEqual([]);

    await newcomersAnswer(id, ['yes', 'yes', 'notYet'], 2);
    card = await openHome(page, id);
    await eventually(async () =>
      expect(await card.getByTestId('newcomer-pulse-line').innerText()).toBe(
        fillTemplate('fr', text['welcome.pulseResults.counts'], { yes: 3, partly: 1, notYet: 1 }),
      ),
    );
    expect(await card.innerText()).toContain(fillTemplate('fr', text['welcome.pulseResults.respondents'], { n: 5 }));

    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    const cardEn = page.getByTestId('newcomer-pulse');
    await cardEn.getByRole('heading', { level: 2, name: en['welcome.pulseResults.title'] }).waitFor();
    await eventually(async () =>
      expect(await cardEn.getByTestId('newcomer-pulse-line').innerText()).toBe(
        fillTemplate('en', en['welcome.pulseResults.counts'], { yes: 3, partly: 1, notYet: 1 }),
      ),
    );
    await cardEn.getByText(en['welcome.pulseResults.question']).waitFor();
    await fits(page);
    expect(await axeViolations(page)).toEqual([]);

    // A member: no card, and the route refuses.
    await page.getByLabel(en['preview.actAs']).selectOption({ label: en['preview.persona.member'] });
    await page.getByText(fillTemplate('en', en['home.yourRole'], { role: en['role.member'] })).waitFor();
    await page.getByTestId('home-surveys').waitFor();
    expect(await page.getByTestId('newcomer-pulse').count()).toBe(0);
    const member = await apiAs(e2e.stack.urls.api, 'member');
    await expect(member.get(`/api/communities/${id}/newcomer-pulse`)).rejects.toThrow(/403/);
  } finally {
    await context.close();
  }
});
