import { fillTemplate, translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, expectNoHorizontalScroll, field, openWorkshop, switchToEnglish, text, textEn as en, waitSaved } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

test('choosing the question of the month shows its day, time and questions, autosaved, in French and English, at 320 px, axe clean', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Question du mois');
    await putWorkshop(e2e.api, id, 3, ritualsInput({ betweenMeetings: ['peerHelp'] }));
    await openWorkshop(page, e2e.stack.urls.tab, id, 3);
    const choice = page.getByRole('checkbox', { name: text['doc.between.questionOfMonth'], exact: true });
    await choice.waitFor();
    const section = page.getByTestId('question-of-month');
    expect(await section.count()).toBe(0);

    await choice.check();
    await section.waitFor();
    expect(await section.innerText()).toContain(text['tab.w3.questionOfMonth.hint'].slice(0, 40));
    await field(section, text['tab.w3.questionOfMonth.day']).fill('15');
    await field(section, text['tab.w3.questionOfMonth.time']).fill('08:30');
    const listName = text['tab.w3.questionOfMonth.questions'];
    for (const question of ['Quelle ressource recommanderiez-vous ?', 'Quel défi vivez-vous ?']) {
      await section.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', listName) }).click();
      const n = (await section.locator('li').count()) as number;
      await field(section, translate('fr', 'tab.list.itemLabel', { label: text['tab.w3.questionOfMonth.question'], n })).fill(question);
    }
    await waitSavedAnyLanguage(page);
    await eventually(async () => {
      const stored = (await e2e.api.get<{ data: Record<string, unknown> }>(`/api/communities/${id}/workshops/3`)).data;
      expect(stored['betweenMeetings']).toEqual(expect.arrayContaining(['peerHelp', 'questionOfMonth']));
      expect(stored['questionOfMonth']).toEqual({
        day: 15,
        time: '08:30',
        questions: ['Quelle ressource recommanderiez-vous ?', 'Quel défi vivez-vous ?'],
      });
    });
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // A day no month is sure to have is refused, with the field's message.
    await field(section, text['tab.w3.questionOfMonth.day']).fill('31');
    await eventually(async () => expect(await section.getByRole('alert').count()).toBeGreaterThan(0));

    // In English: the refusal is said in English, and the fields, by their English names, hold what was saved.
    await switchToEnglish(page);
    await section.getByText(fillTemplate('en', en['validation.tooBig'], { max: 28 })).waitFor();
    const choiceEn = page.getByRole('checkbox', { name: en['doc.between.questionOfMonth'], exact: true });
    expect(await choiceEn.isChecked()).toBe(true);
    expect(await section.innerText()).toContain(en['tab.w3.questionOfMonth.hint'].slice(0, 40));
    await field(section, en['tab.w3.questionOfMonth.day']).fill('15');
    await waitSaved(page, en);
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(await field(section, en['tab.w3.questionOfMonth.time']).inputValue()).toBe('08:30');
    const question = (n: number) =>
      field(section, translate('en', 'tab.list.itemLabel', { label: en['tab.w3.questionOfMonth.question'], n }));
    expect(await question(2).inputValue()).toBe('Quel défi vivez-vous ?');
    await section
      .getByRole('button', { name: fillTemplate('en', en['tab.list.addTo'], { list: en['tab.w3.questionOfMonth.questions'] }) })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Unchoosing the activity hides its fields.
    await choiceEn.uncheck();
    await section.waitFor({ state: 'detached' });
    await waitSaved(page, en);
    await eventually(async () =>
      expect((await e2e.api.get<{ data: Record<string, unknown> }>(`/api/communities/${id}/workshops/3`)).data['betweenMeetings']).toEqual([
        'peerHelp',
      ]),
    );
  }));
