import type { Page } from 'playwright-core';
import { addButton, example, field, listItem, text } from './flows';

/** Fills every field of W1 through the UI, the way a facilitator would. */
export async function fillEveryW1Field(page: Page): Promise<void> {
  await field(page, text['w1.name']).fill(example.name);
  await field(page, text['w1.tagline']).fill(example.tagline);
  await field(page, text['w1.domain']).fill(example.domain);
  await field(page, text['w1.purposeStatement']).fill(example.purposeStatement);
  for (const aim of example.aims) await page.getByRole('checkbox', { name: aim }).check();
  await field(page, text['w1.memberProfile']).fill(example.memberProfile);
  await page.getByRole('radio', { name: example.membershipPolicy }).check();
  await field(page, text['w1.joinSteps']).fill(example.joinSteps);

  await addButton(page, text['w1.participationLevels']).click();
  const level = listItem(page, 'participationLevels', 0);
  await field(level, text['w1.participationLevel.level']).selectOption(example.participation.level);
  await field(level, text['w1.participationLevel.expectation']).fill(example.participation.expectation);

  for (const [i, value] of example.values.entries()) {
    await addButton(page, text['w1.values']).click();
    await field(listItem(page, 'values', i), text['w1.value.label']).fill(value.label);
    await field(listItem(page, 'values', i), text['w1.value.meaning']).fill(value.meaning);
  }

  await field(page, text['w1.successIn12Months']).fill(example.successIn12Months);
  for (const [list, items] of [
    ['inScope', example.inScope],
    ['outOfScope', example.outOfScope],
  ] as const) {
    for (const [i, item] of items.entries()) {
      await addButton(page, text[`w1.${list}`]).click();
      await field(listItem(page, list, i), `${text['w1.scopeItem']} ${i + 1}`).fill(item);
    }
  }

  await addButton(page, text['w1.sponsors']).click();
  const sponsor = listItem(page, 'sponsors', 0);
  await field(sponsor, text['w1.sponsor.person']).fill(example.sponsor.person);
  await field(sponsor, text['w1.sponsor.role']).fill(example.sponsor.role);
  await field(sponsor, text['w1.sponsor.expectations']).fill(example.sponsor.expectations);

  await page.getByRole('radio', { name: example.lifespan }).check();
  await field(page, text['w1.reviewDate']).fill(example.reviewDate);
  await field(page, text['w1.languages']).selectOption(example.languages.value);
}

/** Reads every W1 field back from the UI, in the same shape as `example`. */
export async function readEveryW1Field(page: Page) {
  const value = (label: string, scope: Parameters<typeof field>[0] = page) => field(scope, label).inputValue();
  const checked = async (role: 'checkbox' | 'radio', name: string) => page.getByRole(role, { name }).isChecked();
  const count = (list: string) => page.locator(`#w1-${list} > ul > li`).count();
  const level = listItem(page, 'participationLevels', 0);
  const sponsor = listItem(page, 'sponsors', 0);
  const values = [];
  for (let i = 0; i < (await count('values')); i++) {
    values.push({
      label: await value(text['w1.value.label'], listItem(page, 'values', i)),
      meaning: await value(text['w1.value.meaning'], listItem(page, 'values', i)),
    });
  }
  const scope = async (list: 'inScope' | 'outOfScope') => {
    const items = [];
    for (let i = 0; i < (await count(list)); i++) items.push(await value(`${text['w1.scopeItem']} ${i + 1}`, listItem(page, list, i)));
    return items;
  };
  return {
    name: await value(text['w1.name']),
    tagline: await value(text['w1.tagline']),
    domain: await value(text['w1.domain']),
    purposeStatement: await value(text['w1.purposeStatement']),
    aims: await aimsChecked(page),
    memberProfile: await value(text['w1.memberProfile']),
    membershipPolicy: (await checked('radio', example.membershipPolicy)) ? example.membershipPolicy : '',
    joinSteps: await value(text['w1.joinSteps']),
    participation: {
      level: await value(text['w1.participationLevel.level'], level),
      levelLabel: example.participation.levelLabel,
      expectation: await value(text['w1.participationLevel.expectation'], level),
    },
    values,
    successIn12Months: await value(text['w1.successIn12Months']),
    inScope: await scope('inScope'),
    outOfScope: await scope('outOfScope'),
    sponsor: {
      person: await value(text['w1.sponsor.person'], sponsor),
      role: await value(text['w1.sponsor.role'], sponsor),
      expectations: await value(text['w1.sponsor.expectations'], sponsor),
    },
    lifespan: (await checked('radio', example.lifespan)) ? example.lifespan : '',
    reviewDate: await value(text['w1.reviewDate']),
    languages: { value: await value(text['w1.languages']), label: example.languages.label },
  };
}

/** The labels of the ticked aims, in the order the form shows them. */
async function aimsChecked(page: Page): Promise<string[]> {
  const all = [text['w1.aim.mutualHelp'], text['w1.aim.sharePractices'], text['w1.aim.produce'], text['w1.aim.innovate']];
  const ticked = [];
  for (const aim of all) if (await page.getByRole('checkbox', { name: aim }).isChecked()) ticked.push(aim);
  return ticked;
}
