import { en } from '@elan/core/i18n/en';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { Page } from 'playwright-core';
import { apiAs, createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

const narrow = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
// The meeting's calendar day as the tab writes it, whatever the reader's time zone.
const day = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-03T00:00:00Z'));

test('facilitation feedback: listed on the home with its meeting date, and in the member’s own answers with the statements; fr and en, 320 px', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const id = await createCommunityViaApi(e2e.api, 'Avis sur l’animation');
    // Created by code, as the facilitator's "ask members for feedback" button does.
    const opened = await e2e.api.send('POST', `/api/communities/${id}/surveys`, { kind: 'feedback', meetingDate: '2026-12-03' });
    expect(opened.status).toBe(201);
    const surveyId: string = opened.body.survey.id;
    const member = await apiAs(e2e.stack.urls.api, 'member');
    const answered = await member.send('POST', `/api/communities/${id}/surveys/${surveyId}/responses`, {
      answers: { speak: 4, organised: 5, useful: 3, improve: 'Un tour de table plus court' },
    });
    expect(answered.status).toBe(200);

    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const item = page.getByTestId('home-surveys').locator(`[data-survey="${surveyId}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('feedback');
    await item.getByText(text['tabAsks.kind.feedback'], { exact: true }).waitFor();
    expect(await item.getByTestId('survey-meeting').innerText()).toBe(
      fillTemplate('fr', text['tabAsks.list.meeting'], { date: day('fr-CA') }),
    );
    expect(await item.getByTestId('survey-needed').innerText()).toBe(fillTemplate('fr', text['tabAsks.list.needed'], { n: 4 }));
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);

    // The member's own answers: the kind, the meeting, each statement with what they said.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    // The new persona remounts the screens: click the member's own link, not the facilitator's on its way out.
    await page.getByText(fillTemplate('fr', text['home.yourRole'], { role: text['role.member'] })).waitFor();
    await page.getByRole('link', { name: text['tabAsks.mine.link'] }).click();
    const mine = page.getByTestId('my-answer');
    await mine.waitFor();
    await mine.getByRole('heading', { name: text['tabAsks.kind.feedback'] }).waitFor();
    expect(await mine.getByTestId('my-answer-meeting').innerText()).toBe(
      fillTemplate('fr', text['tabAsks.list.meeting'], { date: day('fr-CA') }),
    );
    const shown = await mine.innerText();
    for (const expected of [
      text['survey.feedback.speak'],
      text['survey.feedback.organised'],
      text['survey.feedback.useful'],
      'Un tour de table plus court',
    ])
      expect(shown).toContain(expected);
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);

    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    await mine.getByRole('heading', { name: en['tabAsks.kind.feedback'] }).waitFor();
    expect(await mine.getByTestId('my-answer-meeting').innerText()).toBe(
      fillTemplate('en', en['tabAsks.list.meeting'], { date: day('en-CA') }),
    );
    expect(await mine.innerText()).toContain(en['survey.feedback.speak']);
    expect(await axeViolations(page)).toEqual([]);
    await narrow(page);
  }));
