import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';
import { fillTemplate } from '@elan/core/i18n/translate';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

// The French catalog's templates, filled as the app fills them (plural forms included).
const fill = (template: string, params: Record<string, string | number>) => fillTemplate('fr', template, params);

/** A window without transitions: a button fading back from disabled would read as low contrast to axe. */
async function stillWindow(): ReturnType<typeof newWindow> {
  const opened = await newWindow(e2e.browser);
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  return opened;
}

async function openW2(page: Page, id: string): Promise<void> {
  const url = `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/2`;
  // Going to the same hash does not load the page again: reload then.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.getByRole('heading', { level: 1, name: text['workshop.2.title'] }).waitFor();
  await page.locator('[data-testid="save-state"], [data-testid="read-only"]').first().waitFor();
}

test('needs survey: posted from workshop 2 with its card; answers count toward the threshold; results show from it; a member sees and deletes their own answer', async () => {
  const { context, page } = await stillWindow();
  try {
    const id = await createCommunityViaApi(e2e.api, 'Sondage des besoins');
    await openW2(page, id);
    const asks = page.getByTestId('survey-asks');
    await asks.getByText(text['tabAsks.list.none']).waitFor();

    // The facilitator posts the needs survey with a threshold of 3 and sees the card members will get.
    await asks.getByRole('button', { name: text['tabAsks.button.needs'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text['tabAsks.threshold']).fill('3');
    await dialog.getByRole('button', { name: text['tabAsks.send'] }).click();
    const preview = dialog.getByTestId('card-preview');
    await preview.waitFor();
    const card = await preview.innerText();
    expect(card).toContain(text['survey.title.needs']);
    expect(card).toContain(text['survey.intro.needs']);
    expect(await preview.getByRole('button', { name: text['survey.openForm'] }).count()).toBe(1);
    // The new id is being saved into the workshop: let the buttons it disabled settle before checking contrast.
    await waitSavedAnyLanguage(page);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.done'] }).click();
    await dialog.waitFor({ state: 'hidden' });

    // It is listed at 0 of 3 answers, and its id is kept in the workshop.
    const item = asks.getByTestId('survey-item');
    await item.waitFor();
    const surveyId = (await item.getAttribute('data-survey'))!;
    expect(await item.getAttribute('data-kind')).toBe('needs');
    expect(await item.getByTestId('survey-respondents').innerText()).toBe(
      fill(text['tabAsks.list.respondents'], { respondents: 0, threshold: 3 }),
    );
    expect(await item.getByTestId('survey-needed').innerText()).toBe(fill(text['tabAsks.list.needed'], { n: 3 }));
    const { surveys } = await e2e.api.get(`/api/communities/${id}/surveys`);
    expect(surveys).toEqual([expect.objectContaining({ id: surveyId, kind: 'needs', status: 'open', threshold: 3, respondents: 0 })]);
    await waitSavedAnyLanguage(page);
    expect((await e2e.api.get(`/api/communities/${id}/workshops/2`)).data.needsSurveyPollId).toBe(surveyId);

    // A member answers through the API: one answer, two more needed.
    const member = await apiAs(e2e.stack.urls.api, 'member');
    const answers = `/api/communities/${id}/surveys/${surveyId}/responses`;
    const first = await member.send('POST', answers, { answers: { situation: 'Accueillir les nouveaux', limits: ['time'] } });
    expect(first.status).toBe(200);
    await openW2(page, id);
    await item.waitFor();
    expect(await item.getByTestId('survey-respondents').innerText()).toBe(
      fill(text['tabAsks.list.respondents'], { respondents: 1, threshold: 3 }),
    );
    expect(await item.getByTestId('survey-needed').innerText()).toBe(fill(text['tabAsks.list.needed'], { n: 2 }));
    expect(await item.getByRole('button', { name: text['tabAsks.results.show'] }).count()).toBe(0);

    // Two more people answer: the aggregates show, never who said what.
    await e2e.api.send('POST', `/api/communities/${id}/members`, { userId: 'local-member-2', name: 'Sophie Roy', role: 'member' });
    const second = await apiAs(e2e.stack.urls.api, 'member', { userId: 'local-member-2', name: 'Sophie Roy' });
    expect((await second.send('POST', answers, { answers: { situation: 'Rembourser les frais', limits: ['time', 'tech'] } })).status).toBe(
      200,
    );
    expect((await e2e.api.send('POST', answers, { answers: { bring: 'Des modèles de lettres' } })).status).toBe(200);
    await openW2(page, id);
    await item.waitFor();
    expect(await item.getByTestId('survey-respondents').innerText()).toBe(
      fill(text['tabAsks.list.respondents'], { respondents: 3, threshold: 3 }),
    );
    expect(await item.getByTestId('survey-needed').count()).toBe(0);
    await item.getByRole('button', { name: text['tabAsks.results.show'] }).click();
    const results = item.getByTestId('survey-results');
    await results.waitFor();
    const shown = await results.innerText();
    for (const expected of [
      text['survey.needs.situation'],
      'Accueillir les nouveaux',
      'Rembourser les frais',
      'Des modèles de lettres',
      fill(text['tabAsks.results.count'], { label: text['survey.needs.limits.time'], n: 2 }),
      fill(text['tabAsks.results.count'], { label: text['survey.needs.limits.tech'], n: 1 }),
    ])
      expect(shown).toContain(expected);
    expect(shown).not.toContain('Sophie');
    expect(await axeViolations(page)).toEqual([]);

    // The community home lists it too.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByTestId('home-surveys').locator(`[data-survey="${surveyId}"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The member opens "my answers": only their own answer, which they delete after confirming.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    // The new persona remounts the screens: click the member's own link, not the facilitator's on its way out.
    await page.getByText(fill(text['home.yourRole'], { role: text['role.member'] })).waitFor();
    await page.getByRole('link', { name: text['tabAsks.mine.link'] }).click();
    await page.getByRole('heading', { level: 1, name: text['tabAsks.mine.title'] }).waitFor();
    const mine = page.getByTestId('my-answer');
    await mine.waitFor();
    expect(await mine.count()).toBe(1);
    const mineText = await mine.innerText();
    expect(mineText).toContain(text['survey.needs.situation']);
    expect(mineText).toContain('Accueillir les nouveaux');
    expect(mineText).toContain(text['survey.needs.limits.time']);
    expect(mineText).not.toContain('Rembourser');
    expect(await axeViolations(page)).toEqual([]);

    await mine.getByRole('button', { name: text['tabAsks.mine.delete'] }).click();
    // A confirmation before deleting stored data is an alert dialog: it does not close on a click outside.
    const confirm = page.getByRole('alertdialog', { name: text['tabAsks.mine.confirmTitle'] });
    await confirm.getByText(fill(text['tabAsks.mine.confirm'], { survey: text['tabAsks.kind.needs'] })).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Cancelling keeps the answer.
    await confirm.getByRole('button', { name: text['tab.dialog.cancel'] }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await member.get(`${answers}/mine`)).answers).toEqual({ situation: 'Accueillir les nouveaux', limits: ['time'] });

    await mine.getByRole('button', { name: text['tabAsks.mine.delete'] }).click();
    await confirm.getByRole('button', { name: text['tabAsks.mine.confirmDelete'], exact: true }).click();
    await page.getByText(text['tabAsks.mine.none']).waitFor();
    await expect(member.get(`${answers}/mine`)).rejects.toThrow(/404/);
    const after = await e2e.api.get(`/api/communities/${id}/surveys/${surveyId}`);
    expect(after).toMatchObject({ respondents: 2, needed: 1, results: null });
    // The other answers are untouched.
    expect((await second.get(`${answers}/mine`)).answers).toEqual({ situation: 'Rembourser les frais', limits: ['time', 'tech'] });
  } finally {
    await context.close();
  }
});

test('workshops 5 and 6 offer the snowball, pulse and story surveys; a closed snowball proposes stakeholders the group adds or sets aside; a member cannot post', async () => {
  const { context, page } = await stillWindow();
  try {
    const id = await createCommunityViaApi(e2e.api, 'Autres sondages');
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/6`);
    await page.getByRole('heading', { level: 1, name: text['workshop.6.title'] }).waitFor();
    const asks = page.getByTestId('survey-asks');
    // No pulse statements chosen yet: the pulse cannot go out; the story invitation can.
    expect(await asks.getByRole('button', { name: text['tabAsks.button.pulse'] }).isDisabled()).toBe(true);
    await asks.getByText(text['tabAsks.blocked.needsItems']).waitFor();
    await asks.getByRole('button', { name: text['tabAsks.button.story'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: text['tabAsks.send'] }).click();
    await dialog.getByTestId('card-preview').getByText(text['survey.title.story']).waitFor();
    await dialog.getByRole('button', { name: text['tab.ask.done'] }).click();
    await asks.locator('[data-testid="survey-item"][data-kind="story"]').waitFor();

    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/w/5`);
    await page.getByRole('heading', { level: 1, name: text['workshop.5.title'] }).waitFor();
    await page.getByTestId('survey-asks').getByRole('button', { name: text['tabAsks.button.snowball'] }).click();
    await dialog.getByLabel(text['tabAsks.threshold']).fill('3');
    await dialog.getByRole('button', { name: text['tabAsks.send'] }).click();
    await dialog.getByTestId('card-preview').getByText(text['survey.title.snowball']).waitFor();
    await waitSavedAnyLanguage(page);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.ask.done'] }).click();
    const snowball = page.getByTestId('survey-asks').locator('[data-testid="survey-item"][data-kind="snowball"]');
    await snowball.waitFor();
    // Only the snowball is listed on workshop 5, not the story of workshop 6.
    expect(await page.getByTestId('survey-asks').getByTestId('survey-item').count()).toBe(1);

    // Three people nominate (the threshold), then the facilitator closes it from the list.
    const surveyId = (await snowball.getAttribute('data-survey'))!;
    const answers = `/api/communities/${id}/surveys/${surveyId}/responses`;
    await e2e.api.send('POST', `/api/communities/${id}/members`, { userId: 'local-member-2', name: 'Sophie Roy', role: 'member' });
    const nominations = [
      [await apiAs(e2e.stack.urls.api, 'member'), [{ name: 'Comité des usagers', kind: 'organisation', why: 'Voix des patients' }]],
      [
        await apiAs(e2e.stack.urls.api, 'member', { userId: 'local-member-2', name: 'Sophie Roy' }),
        [{ name: 'Comité des usagers', kind: 'organisation' }],
      ],
      [e2e.api, [{ name: 'Ana Lopez', kind: 'person' }]],
    ] as const;
    for (const [who, nominees] of nominations) expect((await who.send('POST', answers, { answers: { nominees } })).status).toBe(200);
    await snowball.getByRole('button', { name: text['tabAsks.list.close'] }).click();
    await page.getByTestId('survey-asks').locator('[data-testid="survey-item"][data-kind="snowball"][data-status="closed"]').waitFor();

    // The nominees wait in workshop 5, most nominated first; the group adds one and sets the other aside.
    await page.reload();
    const proposed = page.getByTestId('proposed-stakeholders');
    await proposed.waitFor();
    expect(await proposed.locator('[data-proposal]').allInnerTexts()).toEqual([
      expect.stringContaining(fill(text['tabAsks.proposed.nominations'], { n: 2 })),
      expect.stringContaining('Ana Lopez'),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await proposed.getByRole('button', { name: fill(text['tabAsks.proposed.add'], { name: 'Comité des usagers' }) }).click();
    await page.getByTestId('stakeholder-editor').waitFor();
    await proposed.getByRole('button', { name: fill(text['tabAsks.proposed.dismiss'], { name: 'Ana Lopez' }) }).click();
    await proposed.waitFor({ state: 'detached' });
    await waitSavedAnyLanguage(page);
    const w5 = (await e2e.api.get(`/api/communities/${id}/workshops/5`)).data;
    expect(w5.proposedStakeholders).toEqual([]);
    expect(w5.stakeholders).toEqual([
      expect.objectContaining({ name: 'Comité des usagers', kind: 'organisation', disposition: 'unknown' }),
    ]);
    expect(w5.nominationsPollId).toBe(surveyId);

    // A member sees the list, without the buttons that post or close.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(text['wizard.readOnly']).waitFor();
    await page.getByTestId('survey-asks').getByTestId('survey-item').waitFor();
    expect(await page.getByTestId('survey-asks').getByRole('button', { name: text['tabAsks.button.snowball'] }).count()).toBe(0);
    expect(await page.getByTestId('survey-asks').getByRole('button', { name: text['tabAsks.list.close'] }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
