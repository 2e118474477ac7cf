import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, openWorkshop, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';
import { waitSavedAnyLanguage } from './workshops.fill';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });

test('a facilitator invites an expert to one of the coming meetings, picked among the meeting dates', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    const id = await createCommunityViaApi(e2e.api, 'Invités');
    // Weekly from Tuesday 9 March 2027.
    await putWorkshop(e2e.api, id, 3, ritualsInput());
    await openWorkshop(page, e2e.stack.urls.tab, id, 3);
    await page.getByRole('button', { name: text['tab.list.addTo'].replace('{list}', text['tab.w3.guests']) }).click();
    const row = page.locator('#w3-guests > ul > li').first();
    const meeting = row.getByLabel(text['tab.w3.guest.meetingDate'], { exact: true });
    // Only meeting days are offered, the first one chosen.
    const values = await meeting.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(values.slice(0, 3)).toEqual(['2027-03-09', '2027-03-16', '2027-03-23']);
    expect(await meeting.inputValue()).toBe('2027-03-09');
    await meeting.selectOption('2027-03-16');
    await row.getByLabel(text['tab.w3.guest.name'], { exact: true }).fill('Dre Léa Roy');
    await row.getByLabel(text['tab.w3.guest.organisation'], { exact: true }).fill('CIUSSS');
    await row.getByLabel(text['tab.w3.guest.topic'], { exact: true }).fill('Les soins en réseau');
    await waitSavedAnyLanguage(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await eventually(async () =>
      expect((await e2e.api.get(`/api/communities/${id}/workshops/3`)).data.guests).toEqual([
        { meetingDate: '2027-03-16', guestName: 'Dre Léa Roy', organisation: 'CIUSSS', topic: 'Les soins en réseau' },
      ]),
    );
  }));
