import { personas } from '@elan/core/dev/personas';
import { en } from '@elan/core/i18n/en';
import { fillTemplate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { selfReviewAskVerb } from '@elan/core/selfReview/selfReviewCard';
import { apiAs, createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const fill = (template: string, values: Record<string, string | number>) => fillTemplate('fr', template, values);
const facilitator = personas.find((p) => p.role === 'facilitator')!;

/** Weekly meetings from four weeks ago (YYYY-MM-DD), so some have ended whatever day the test runs. */
const fourWeeksAgo = () => new Date(Date.now() - 28 * 24 * 3600 * 1000).toISOString().slice(0, 10);

/** The facilitator clicks "Ask members for feedback" in Teams: an Action.Execute invoke posted to the bot endpoint. */
async function askMembers(communityId: string, meetingDate: string): Promise<{ status: number; card: unknown }> {
  const res = await fetch(`${e2e.stack.urls.api}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'invoke-ask-members-1',
      channelId: 'msteams',
      // Nothing listens there: the bot's own sends fail quietly, the invoke's answer is what counts.
      serviceUrl: 'http://127.0.0.1:9/',
      locale: 'fr-CA',
      from: { id: `29:${facilitator.userId}`, aadObjectId: facilitator.userId, name: facilitator.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: { id: `a:personal-${facilitator.userId}`, tenantId: facilitator.tenantId, conversationType: 'personal' },
      channelData: { tenant: { id: facilitator.tenantId } },
      value: { action: { type: 'Action.Execute', verb: selfReviewAskVerb, data: { communityId, meetingDate } }, trigger: 'manual' },
    }),
  });
  return { status: res.status, card: ((await res.json()) as { value?: unknown }).value };
}

test('a facilitator finds their self-reviews on their profile page: the items most often "not yet" with tips, and the members’ feedback from the threshold; nobody else sees them (fr, en, 320 px, axe clean)', async () => {
  const id = await createCommunityViaApi(e2e.api, 'Bilans d’animation');
  const c = encodeURIComponent(id);
  await putWorkshop(e2e.api, id, 3, ritualsInput({ firstMeeting: { date: fourWeeksAgo(), time: '13:30', timeZone: 'America/Toronto' } }));
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    // Before any review: the section says the first one will come, and offers the latest meeting's review.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${c}/profile`);
    const section = page.getByTestId('self-reviews');
    await section.getByRole('heading', { level: 2, name: text['selfReview.tab.title'] }).waitFor();
    await section.getByTestId('self-reviews-empty').waitFor();
    const { latestMeeting } = await e2e.api.get<{ latestMeeting: { date: string } }>(`/api/communities/${c}/selfReviews/me`);
    const meetingDate = latestMeeting.date;
    // The form names the meeting it reviews (the date as the browser writes it).
    const formTitle = text['selfReview.tab.form'].split('{date}')[0]!;
    await section
      .getByRole('heading', { level: 3, name: new RegExp(`^${formTitle.replace(/[()]/g, '\\$&')}.*${meetingDate.slice(0, 4)}`) })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // The facilitator reviews it from the tab (as from the card after the meeting).
    const form = section.getByTestId('self-review-form');
    for (const [item, level] of [
      ['everyoneSpoke', 'yes'],
      ['agendaKept', 'notYet'],
      ['checkOut', 'notYet'],
      ['climate', 'partly'],
    ] as const)
      await form
        .locator(`[data-item="${item}"]`)
        .getByRole('radio', { name: text[`checklist.level.${level}`], exact: true })
        .check();
    await form.getByLabel(text['selfReview.note']).fill('Couper la présentation en deux.');
    await form.getByRole('button', { name: text['selfReview.submit'] }).click();
    await eventually(async () => expect(await form.getByTestId('self-review-status').innerText()).toBe(text['selfReview.tab.saved']));
    expect((await e2e.api.get(`/api/communities/${c}/selfReviews/me`)).reviews).toEqual([
      expect.objectContaining({
        meetingDate,
        answers: { everyoneSpoke: 'yes', agendaKept: 'notYet', checkOut: 'notYet', climate: 'partly' },
        note: 'Couper la présentation en deux.',
      }),
    ]);

    // Members are asked from the card that answers a review (the button's invoke, as Teams sends it).
    const asked = await askMembers(id, meetingDate);
    expect(asked.status).toBe(200);
    // No channel is linked here: the survey is opened, and the card says it could not be posted.
    expect(JSON.stringify(asked.card)).toContain(JSON.stringify(text['selfReview.asked.notPosted']));
    // A second click opens nothing more.
    expect(JSON.stringify((await askMembers(id, meetingDate)).card)).toContain(JSON.stringify(text['selfReview.alreadyAsked']));
    const { surveys } = await e2e.api.get<{ surveys: { id: string; kind: string }[] }>(`/api/communities/${c}/surveys`);
    const feedback = surveys.filter((s) => s.kind === 'feedback');
    expect(feedback).toHaveLength(1);
    // One member answered: below the threshold of 5, nothing but the count shows.
    const member = await apiAs(e2e.stack.urls.api, 'member');
    const answer = { answers: { speak: 4, organised: 2, useful: 5 } };
    expect((await member.send('POST', `/api/communities/${c}/surveys/${feedback[0]!.id}/responses`, answer)).status).toBe(200);

    await page.reload();
    const trends = section.getByTestId('self-review-trends');
    await trends.waitFor();
    expect(await trends.locator('[data-trend]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trend')))).toEqual([
      'agendaKept',
      'checkOut',
    ]);
    await trends.locator('[data-trend="agendaKept"]').getByText(text['selfReview.tip.agendaKept']).waitFor();
    await trends
      .getByText(fill(text['selfReview.tab.trends.count'], { count: 1, total: 1 }))
      .first()
      .waitFor();
    const review = section.getByTestId('self-review-list').locator(`[data-review="${meetingDate}"]`);
    await review.getByText(fill(text['selfReview.tab.note'], { note: 'Couper la présentation en deux.' })).waitFor();
    await review.locator('[data-tip="climate"]').getByText(text['selfReview.tip.climate']).waitFor();
    await review.getByText(fill(text['selfReview.tab.feedback.below'], { respondents: 1, threshold: 5 })).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // Four more members answer: from the threshold, the means show.
    for (const n of [1, 2, 3, 4]) {
      const who = { userId: `feedback-member-${n}`, name: `Membre ${n}` };
      expect((await e2e.api.send('POST', `/api/communities/${c}/members`, { ...who, role: 'member' })).status).toBe(201);
      const api = await apiAs(e2e.stack.urls.api, 'member', who);
      expect((await api.send('POST', `/api/communities/${c}/surveys/${feedback[0]!.id}/responses`, answer)).status).toBe(200);
    }
    await page.reload();
    const means = review.getByTestId('self-review-feedback');
    await means.getByText(fill(text['selfReview.tab.feedback.mean'], { label: text['survey.feedback.organised'], mean: '2' })).waitFor();
    expect(await means.innerText()).not.toContain(fill(text['selfReview.tab.feedback.below'], { respondents: 5, threshold: 5 }));
    expect(await axeViolations(page)).toEqual([]);

    // In English.
    await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
    await section.getByRole('heading', { level: 2, name: en['selfReview.tab.title'] }).waitFor();
    await trends.locator('[data-trend="checkOut"]').getByText(en['selfReview.tip.checkOut']).waitFor();
    await means
      .getByText(fillTemplate('en', en['selfReview.tab.feedback.mean'], { label: en['survey.feedback.useful'], mean: '5' }))
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // Private: another facilitator of the community reads only their own (none); a member is refused.
    const other = await apiAs(e2e.stack.urls.api, 'facilitator', { userId: 'second-facilitator', name: 'Deuxième animatrice' });
    const added = await e2e.api.send('POST', `/api/communities/${c}/members`, {
      userId: 'second-facilitator',
      name: 'Deuxième animatrice',
      role: 'facilitator',
    });
    expect(added.status).toBe(201);
    expect(await other.get(`/api/communities/${c}/selfReviews/me`)).toMatchObject({ reviews: [], total: 0, trends: [] });
    await expect(member.get(`/api/communities/${c}/selfReviews/me`)).rejects.toThrow(/403/);
  } finally {
    await context.close();
  }
});
