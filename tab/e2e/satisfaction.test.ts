import { en } from '@elan/core/i18n/en';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

const narrow = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

/** Opens the satisfaction editor of workshop 6 and waits for its statements (the community name loads first). */
async function openEditor(page: Page, catalog: Record<keyof typeof text, string>) {
  const asks = page.getByTestId('survey-asks');
  await asks.getByRole('button', { name: catalog['tabAsks.button.satisfaction'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('satisfaction-items').waitFor();
  return dialog;
}

test('satisfaction survey: picked, reworded and own statements and an edited invitation go on the card; results sit beside the compass from the threshold; fr and en, 320 px', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const name = 'Satisfaction des membres';
    const id = await createCommunityViaApi(e2e.api, name);
    await openWorkshop(page, e2e.stack.urls.tab, id, 6);
    await page.getByTestId('survey-asks').getByText(text['tabAsks.hint.satisfaction']).waitFor();

    // French: the default selection, S4 reworded, S2 left out, an own statement feeding rituals, a new invitation.
    const dialog = await openEditor(page, text);
    const s4 = dialog.getByTestId('satisfaction-item-S4');
    expect(await s4.getByRole('checkbox', { name: text['satisfaction.item.S4'] }).isChecked()).toBe(true);
    expect(await s4.innerText()).toContain(fillTemplate('fr', text['tab.satisfaction.feeds'], { dimension: text['compass.facilitation'] }));
    const reworded = 'L’animation laisse de la place à chacun·e';
    await s4.getByLabel(text['tab.satisfaction.wording']).fill(reworded);
    await s4.getByText(text['tab.satisfaction.reworded']).waitFor();
    await dialog.getByTestId('satisfaction-item-S2').getByRole('checkbox').uncheck();
    expect(await dialog.getByTestId('satisfaction-item-S2').getByLabel(text['tab.satisfaction.wording']).count()).toBe(0);
    await dialog.getByRole('button', { name: text['tab.satisfaction.own.add'] }).click();
    const own = 'Les pauses laissent le temps d’échanger';
    await dialog.getByLabel(fillTemplate('fr', text['tab.satisfaction.own.label'], { n: 1 })).fill(own);
    await dialog.getByLabel(text['tab.satisfaction.own.dimension']).selectOption('rituals');
    const invitationBox = dialog.getByTestId('satisfaction-invitation');
    expect(await invitationBox.inputValue()).toContain(`« ${name} »`);
    // An emptied invitation cannot be posted.
    await invitationBox.fill('');
    await dialog.getByTestId('satisfaction-problems').getByText(text['tab.satisfaction.noInvitation']).waitFor();
    expect(await dialog.getByRole('button', { name: text['tabAsks.send'] }).isDisabled()).toBe(true);
    const invitation = 'Bonjour! Dites-nous, en cinq minutes, ce que vous pensez de notre communauté.';
    await invitationBox.fill(invitation);
    await dialog.getByLabel(text['tabAsks.threshold']).fill('5');
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);

    await dialog.getByRole('button', { name: text['tabAsks.send'] }).click();
    const preview = dialog.getByTestId('card-preview');
    await preview.waitFor();
    const card = await preview.innerText();
    expect(card).toContain(text['survey.title.satisfaction']);
    expect(card).toContain(invitation);
    expect(card).toContain(reworded);
    expect(card).toContain(own);
    expect(card).toContain(text['satisfaction.item.S5']);
    expect(card).not.toContain(text['satisfaction.item.S4']);
    expect(card).not.toContain(text['satisfaction.item.S2']);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.done'] }).click();
    await dialog.waitFor({ state: 'hidden' });

    const item = page.getByTestId('survey-asks').locator('[data-kind="satisfaction"]');
    await item.waitFor();
    const surveyId = (await item.getAttribute('data-survey'))!;
    const stored = await e2e.api.get(`/api/communities/${id}/surveys/${surveyId}`);
    expect(stored.invitation).toBe(invitation);
    const questions = stored.questions.map((q: { id: string; text: string | null }) => [q.id, q.text]);
    expect(questions).toContainEqual(['S4', reworded]);
    expect(questions).toContainEqual(['own1', own]);
    expect(questions.map(([qid]: [string]) => qid)).not.toContain('S2');

    // Five members answer: facilitation (S4) low at 2, rituals (S5 and own) at 4; no compass run yet.
    for (let i = 1; i <= 5; i++) {
      const who = { userId: `e2e-satisfaction-${i}`, name: `Membre ${i}` };
      await e2e.api.send('POST', `/api/communities/${id}/members`, { ...who, role: 'member' });
      const member = await apiAs(e2e.stack.urls.api, 'member', who);
      const res = await member.send('POST', `/api/communities/${id}/surveys/${surveyId}/responses`, {
        answers: { S4: 2, S5: 4, own1: 4 },
      });
      expect(res.status).toBe(200);
    }
    // Going to the same hash does not load the page again: reload it to read the compass anew.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text['workshop.6.title'] }).waitFor();
    const compass = page.getByTestId('compass');
    await compass.getByTestId('compass-satisfaction').waitFor();
    expect(await compass.getByTestId('compass-satisfaction-facilitation').innerText()).toBe(
      fillTemplate('fr', text['tab.satisfaction.cell'], { score: '2' }),
    );
    expect(await compass.getByTestId('compass-satisfaction-rituals').innerText()).toBe(
      fillTemplate('fr', text['tab.satisfaction.cell'], { score: '4' }),
    );
    expect(await compass.getByTestId('compass-satisfaction-purpose').innerText()).toBe('—');
    // The low satisfaction score is the signal where the compass has none.
    const idea = compass.getByTestId('compass-idea-facilitation');
    await idea.getByText(fillTemplate('fr', text['tab.satisfaction.ideas.low'], { score: '2' })).waitFor();
    expect(await compass.locator('[data-testid^="compass-idea-"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);

    // English: the editor in English, an edited statement and invitation posted; the compass reads in English.
    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    await page.getByTestId('survey-asks').getByText(en['tabAsks.hint.satisfaction']).waitFor();
    const dialogEn = await openEditor(page, en);
    const s10 = dialogEn.getByTestId('satisfaction-item-S10');
    expect(await s10.getByRole('checkbox', { name: en['satisfaction.item.S10'] }).isChecked()).toBe(true);
    await s10.getByLabel(en['tab.satisfaction.wording']).fill('Taking part helps me in my daily work');
    expect(await dialogEn.getByTestId('satisfaction-invitation').inputValue()).toContain(`“${name}”`);
    await dialogEn.getByTestId('satisfaction-invitation').fill('Hello! Five minutes to tell us how we are doing.');
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);
    await dialogEn.getByRole('button', { name: en['tabAsks.send'] }).click();
    const previewEn = dialogEn.getByTestId('card-preview');
    await previewEn.waitFor();
    const cardEn = await previewEn.innerText();
    expect(cardEn).toContain('Hello! Five minutes to tell us how we are doing.');
    expect(cardEn).toContain('Taking part helps me in my daily work');
    expect(await axeViolations(page)).toEqual([]);
    await dialogEn.getByRole('button', { name: en['tab.ask.done'] }).click();
    await dialogEn.waitFor({ state: 'hidden' });
    // The closed dialog gives the page back to assistive technology.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
    // The newer survey has no answers: the compass keeps the one that reached its threshold.
    await compass.getByText(fillTemplate('en', en['tab.satisfaction.ideas.low'], { score: '2' })).waitFor();
    expect(await compass.getByTestId('compass-satisfaction-facilitation').innerText()).toBe(
      fillTemplate('en', en['tab.satisfaction.cell'], { score: '2' }),
    );
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);
  }));
