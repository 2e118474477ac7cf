import type { MembersView } from '@elan/core/community/members';
import { personas } from '@elan/core/dev/personas';
import type { Page } from 'playwright-core';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
let id: string;
const [nadia, marc, helene] = [personas[0]!, personas[1]!, personas[2]!];

beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, 'Les membres');
}, 120_000);

const membersUrl = () => `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/members`;
const members = () => e2e.api.get<MembersView>(`/api/communities/${encodeURIComponent(id)}/members`);
const roleSelect = (page: Page, name: string) => page.getByLabel(text['tab.members.roleOf'].replace('{name}', name), { exact: true });
const row = (page: Page, userId: string) => page.locator(`[data-testid="member-row"][data-user-id="${userId}"]`);
const status = (page: Page) => page.getByTestId('members-status');

/** A PATCH as the facilitator, with the tab's language: what the API answers to the same request. */
async function patchRole(userId: string, role: string): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const res = await fetch(`${e2e.stack.urls.api}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: nadia.userId, name: nadia.name, tenantId: nadia.tenantId }),
  });
  const { token } = (await res.json()) as { token: string };
  const r = await fetch(`${e2e.stack.urls.api}/api/communities/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'fr' },
    body: JSON.stringify({ role }),
  });
  return { status: r.status, body: (await r.json()) as never };
}

test('a facilitator changes a role, adds a sponsor by UPN, removes the invitation, and cannot demote the last facilitator (320 px, axe clean)', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    // From the community home.
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    await page.getByRole('link', { name: text['tab.members.link'] }).click();
    await page.getByRole('heading', { level: 1, name: text['tab.members.title'] }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/c/${encodeURIComponent(id)}/members`);
    await row(page, marc.userId).waitFor();
    expect(await page.getByTestId('member-row').count()).toBe(3);
    expect(await roleSelect(page, marc.name).inputValue()).toBe('member');

    // Marc-André becomes a sponsor: the status says so, and a reload shows it was stored.
    await roleSelect(page, marc.name).selectOption('sponsor');
    await eventually(async () =>
      expect(await status(page).innerText()).toBe(
        text['tab.members.role.saved'].replace('{name}', marc.name).replace('{role}', text['role.sponsor']),
      ),
    );
    expect((await members()).members.find((m) => m.userId === marc.userId)?.role).toBe('sponsor');
    await page.reload();
    await row(page, marc.userId).waitFor();
    expect(await roleSelect(page, marc.name).inputValue()).toBe('sponsor');
    // …and the role changes list it.
    await page
      .getByTestId('role-changes')
      .getByText(
        text['tab.members.changes.changed']
          .replace('{by}', nadia.name)
          .replace('{name}', marc.name)
          .replace('{from}', text['role.member'])
          .replace('{to}', text['role.sponsor']),
      )
      .waitFor();

    // A sponsor by UPN, not yet signed in: an invitation (the role defaults to sponsor).
    const form = page.getByTestId('add-member');
    await form.getByLabel(text['tab.members.add.account'], { exact: false }).fill('Louise.Roy@Exemple.ca');
    await form.getByLabel(text['tab.members.add.name'], { exact: false }).fill('Louise Roy');
    expect(await form.getByLabel(text['tab.members.add.role'], { exact: true }).inputValue()).toBe('sponsor');
    await form.getByRole('button', { name: text['tab.members.add.submit'] }).click();
    await eventually(async () =>
      expect(await page.getByTestId('add-member-status').innerText()).toBe(
        text['tab.members.add.invited'].replace('{name}', 'Louise Roy').replace('{role}', text['role.sponsor']),
      ),
    );
    const invitation = (await members()).members.find((m) => m.name === 'Louise Roy');
    expect(invitation).toMatchObject({ status: 'invited', role: 'sponsor', source: 'added', upn: 'louise.roy@exemple.ca' });
    await page.reload();
    const invited = row(page, invitation!.userId);
    await invited.waitFor();
    expect(await invited.locator('[data-status]').getAttribute('data-status')).toBe('invited');
    expect(await invited.innerText()).toContain(text['tab.members.status.invited']);
    expect(await invited.innerText()).toContain('louise.roy@exemple.ca');

    // A client-side check: an address without a domain suffix is refused before any request.
    await form.getByLabel(text['tab.members.add.account'], { exact: false }).fill('quelqu.un@exemple');
    await form.getByLabel(text['tab.members.add.name'], { exact: false }).fill('Quelqu’un');
    await form.getByRole('button', { name: text['tab.members.add.submit'] }).click();
    await form.getByText(text['tab.members.add.accountInvalid']).waitFor();
    expect((await members()).members.some((m) => m.name === 'Quelqu’un')).toBe(false);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // Nadia is the only facilitator: demoting herself is refused with the API's own sentence; the role stays.
    const expected = await patchRole(nadia.userId, 'member');
    expect(expected.status).toBe(409);
    expect(expected.body.error?.code).toBe('error.lastFacilitator');
    await roleSelect(page, nadia.name).selectOption('member');
    const alert = page.getByTestId('members-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(expected.body.error!.message);
    expect(await alert.innerText()).toContain(
      text['tab.members.role.failed'].replace('{name}', nadia.name).replace(' {reason}', '').trim(),
    );
    await eventually(async () => expect(await roleSelect(page, nadia.name).inputValue()).toBe('facilitator'));
    await page.reload();
    await row(page, nadia.userId).waitFor();
    expect(await roleSelect(page, nadia.name).inputValue()).toBe('facilitator');
    expect((await members()).members.find((m) => m.userId === nadia.userId)?.role).toBe('facilitator');

    // The invitation is removed, after confirming.
    await row(page, invitation!.userId)
      .getByRole('button', { name: text['tab.members.remove.label'].replace('{name}', 'Louise Roy') })
      .click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(text['tab.members.remove.bodyInvited'].replace('{name}', 'Louise Roy')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: text['tab.members.remove'], exact: true }).click();
    await eventually(async () =>
      expect(await status(page).innerText()).toBe(text['tab.members.remove.done'].replace('{name}', 'Louise Roy')),
    );
    expect(await row(page, invitation!.userId).count()).toBe(0);
    expect((await members()).members.some((m) => m.userId === invitation!.userId)).toBe(false);
  } finally {
    await context.close();
  }
});

test('a member sees everyone read-only: no role controls, no add form, no role changes (320 px, axe clean)', async () => {
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    // Marc-André (a sponsor since the previous test) is a member again; act as him in local preview
    // (the persona switcher remembers its choice in localStorage).
    expect((await patchRole(marc.userId, 'member')).status).toBe(200);
    await context.addInitScript((userId) => window.localStorage.setItem('elan.persona', userId), marc.userId);
    await page.goto(membersUrl());
    await page.getByRole('heading', { level: 1, name: text['tab.members.title'] }).waitFor();
    await page.getByText(text['tab.members.intro.readOnly']).waitFor();
    await row(page, nadia.userId).waitFor();
    expect(await page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(3);
    expect(await row(page, nadia.userId).getByTestId('member-role').innerText()).toBe(text['role.facilitator']);
    await row(page, marc.userId).getByText(marc.name).waitFor();
    for (const p of [nadia, marc, helene]) expect(await roleSelect(page, p.name).count()).toBe(0);
    expect(await page.getByRole('button', { name: text['tab.members.remove'] }).count()).toBe(0);
    expect(await page.getByTestId('add-member').count()).toBe(0);
    expect(await page.getByTestId('role-changes').count()).toBe(0);
    // Only facilitators receive the UPNs.
    expect((await page.getByTestId('member-list').innerText()).includes('@')).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
