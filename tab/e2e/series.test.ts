import type { CommunityView } from '@elan/core/contract';
import { translate } from '@elan/core/i18n/translate';
import { ritualPlansOf } from '@elan/core/rituals/ritualPlan';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { upcomingMeetings } from '@elan/core/rituals/upcomingMeetings';
import { ritualsDraft } from '@elan/core/workshops/rituals';
import type { Page } from 'playwright-core';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, field, openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

const dayMs = 86_400_000;
/** A Tuesday about three weeks from now (YYYY-MM-DD), so the meetings are always to come. */
function comingTuesday(weeksAhead: number): string {
  const d = new Date(Date.now() + weeksAhead * 7 * dayMs);
  d.setUTCDate(d.getUTCDate() + ((2 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

const seriesLabel = text['tab.w3.series'];
const removeName = text['tab.list.removeFrom'].replace('{n}', '1').replace('{list}', seriesLabel);

async function noHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** The start instants the planner lists for one series (`data-series`). */
async function listedStarts(page: Page, seriesId: string): Promise<string[]> {
  return page
    .getByTestId('series-calendar')
    .locator(`li[data-series="${seriesId}"] time`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
}

test('a facilitator adds an in-person yearly series: autosaved, both series dated in the planner, the shared day and the in-person minimum warned of, removal confirmed', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Séries');
    const first = comingTuesday(3);
    const halfDayDate = comingTuesday(4); // a Tuesday too: the weekly main series meets that day
    await putWorkshop(
      e2e.api,
      id,
      3,
      ritualsInput({ format: 'virtual', inPersonPerYear: 1, firstMeeting: { date: first, time: '13:30', timeZone: 'America/Toronto' } }),
    );
    await openWorkshop(page, e2e.stack.urls.tab, id, 3);
    const planner = page.getByTestId('meeting-planner');
    // Virtual meetings only: the year's in-person meeting is not scheduled.
    await planner.getByTestId('in-person-short').waitFor();
    expect(await planner.getByTestId('series-collision').count()).toBe(0);

    await page.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', seriesLabel) }).click();
    const row = page.locator('#w3-series > ul > li').first();
    await field(row, text['tab.w3.series.name']).fill('Demi-journée en personne');
    await field(row, text['tab.w3.cadence.every']).fill('12');
    await row.getByRole('radio', { name: text['tab.w3.unit.month'], exact: true }).check();
    await row.getByRole('radio', { name: text['tab.w3.formatChoice.inPerson'], exact: true }).check();
    await field(row, text['tab.w3.series.place']).fill('Siège social, salle 4');
    await field(row, text['tab.w3.plan.firstDate']).fill(halfDayDate);
    await field(row, text['tab.w3.plan.time']).fill('09:00');
    // The time zone starts as the main series' one.
    expect(await field(row, text['tab.w3.plan.timeZone']).inputValue()).toBe('America/Toronto');
    await field(row, text['tab.w3.durationMinutes']).fill('240');
    await row.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', text['tab.w3.series.agendaTemplate']) }).click();
    await field(row, text['tab.w3.segment.label']).fill('Dîner');
    await field(row, text['tab.w3.segment.minutes']).fill('35');
    // The series' own agenda is measured against its own 240 minutes.
    await eventually(async () =>
      expect(await page.locator('#w3-series-0-agendaTemplate-total').innerText()).toContain(
        translate('fr', 'tab.w3.agenda.under', { total: 35, duration: 240, free: 205 }),
      ),
    );
    await waitSavedAnyLanguage(page);

    // Autosaved as workshop 3's second series, with an id the tab drew.
    let stored: Record<string, unknown> = {};
    await eventually(async () => {
      stored = (await e2e.api.get<{ data: Record<string, unknown> }>(`/api/communities/${id}/workshops/3`)).data;
      expect(stored['series']).toEqual([
        {
          id: expect.stringMatching(/^[a-z0-9]{1,16}$/),
          name: 'Demi-journée en personne',
          cadence: { every: 12, unit: 'month' },
          format: 'inPerson',
          place: 'Siège social, salle 4',
          firstMeeting: { date: halfDayDate, time: '09:00', timeZone: 'America/Toronto' },
          durationMinutes: 240,
          agendaTemplate: [{ label: 'Dîner', minutes: 35 }],
        },
      ]);
    });
    const seriesId = (stored['series'] as { id: string }[])[0]!.id;

    // The planner lists both series with the dates the bot will announce.
    const [main, halfDay] = ritualPlansOf(ritualsDraft.parse(stored));
    const now = new Date();
    await eventually(async () => {
      expect(await listedStarts(page, 'main')).toEqual(upcomingMeetings(main!, now, 4).map((m) => m.startsAt.toISOString()));
      expect(await listedStarts(page, seriesId)).toEqual(upcomingMeetings(halfDay!, now, 4).map((m) => m.startsAt.toISOString()));
    });
    expect((await listedStarts(page, seriesId))[0]).toBe(upcomingMeetings(halfDay!, now, 1)[0]!.startsAt.toISOString());
    // Both meet on the half-day's Tuesday: warned, naming both; the in-person meeting is now scheduled.
    const collision = planner.getByTestId('series-collision');
    await collision.first().waitFor();
    const warning = await collision.first().innerText();
    expect(warning).toContain('Demi-journée en personne');
    expect(warning).toContain(text['tab.w3.series.main']);
    expect(warning).toContain(
      new Intl.DateTimeFormat('fr-CA', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${halfDayDate}T00:00:00Z`)),
    );
    expect(await planner.getByTestId('in-person-short').count()).toBe(0);
    // An expert can be invited to the half-day of next year too, a date the weekly series does not reach.
    await page.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', text['tab.w3.guests']) }).click();
    const guestDates = await field(page.locator('#w3-guests > ul > li').first(), text['tab.w3.guest.meetingDate'])
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(guestDates).toContain(upcomingMeetings(halfDay!, now, 2)[1]!.date);
    await waitSavedAnyLanguage(page);
    expect(await axeViolations(page)).toEqual([]);
    await noHorizontalScroll(page);

    // Removing the series asks first; cancelling keeps it.
    await page.getByRole('button', { name: removeName, exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: text['tab.w3.series.remove.title'] });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(text['tab.w3.series.remove.body'].replace('{name}', 'Demi-journée en personne'));
    expect(await axeViolations(page)).toEqual([]);
    await noHorizontalScroll(page);
    await dialog.getByRole('button', { name: text['tab.dialog.cancel'] }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('#w3-series > ul > li').count()).toBe(1);

    await page.getByRole('button', { name: removeName, exact: true }).click();
    await dialog.getByRole('button', { name: text['tab.w3.series.remove.confirm'] }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('#w3-series > ul > li').count()).toBe(0);
    await waitSavedAnyLanguage(page);
    await eventually(async () =>
      expect((await e2e.api.get<{ data: Record<string, unknown> }>(`/api/communities/${id}/workshops/3`)).data['series']).toEqual([]),
    );
    expect(await planner.getByTestId('series-collision').count()).toBe(0);
    await planner.getByTestId('in-person-short').waitFor();
  }));

test('the community home shows this year’s in-person meetings against workshop 3’s minimum', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'En personne');
    await putWorkshop(e2e.api, id, 3, ritualsInput({ format: 'virtual', inPersonPerYear: 2 }));
    const year = (await e2e.api.get<CommunityView>(`/api/communities/${id}`)).inPerson!;
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const card = page.getByTestId('in-person-year');
    await card.getByRole('heading', { level: 2, name: text['tab.home.inPerson'] }).waitFor();
    const shown = await card.innerText();
    expect(shown).toContain(
      translate('fr', 'doc.rituals.inPersonYear', { year: year.year, held: year.held, scheduled: year.scheduled, minimum: year.minimum }),
    );
    expect(year.short).toBe(true);
    expect(shown).toContain(translate('fr', 'doc.rituals.inPersonShort', { year: year.year }));
    expect(await axeViolations(page)).toEqual([]);
    await noHorizontalScroll(page);
  }));
