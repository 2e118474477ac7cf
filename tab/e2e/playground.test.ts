import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '@elan/core/i18n/en';
import { translate } from '@elan/core/i18n/translate';
import { text } from './flows';
import {
  adaptiveCards,
  cardsAfterMessage,
  openPlayground,
  playgroundConfig,
  sendMessage,
  startStackWithPlayground,
  waitForInstallation,
} from './playgroundPage';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(150_000);

const e2e = useStack({ start: startStackWithPlayground });

/** Calls the API as one person; answers the status and the JSON body. */
function apiAs(apiUrl: string, token: string) {
  return async (method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const response = await fetch(`${apiUrl}/api${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const raw = await response.text();
    return { status: response.status, json: raw ? JSON.parse(raw) : null };
  };
}

/** Where to keep pictures of the UI: `ELAN_E2E_SCREENSHOTS` when set, else the temp folder (failures only). */
const shotsDir = process.env['ELAN_E2E_SCREENSHOTS'];
if (shotsDir) fs.mkdirSync(shotsDir, { recursive: true });

async function onFailure(page: Page, error: unknown): Promise<never> {
  const file = path.join(shotsDir ?? os.tmpdir(), `elan-playground-failure-${Date.now()}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  console.error(
    `Playground test failed. Screenshot: ${file}\nLast lines of the stack:\n${e2e.stack.output().split('\n').slice(-40).join('\n')}`,
  );
  throw error;
}

test('in the Agents Playground, a member votes on the poll card and sees the refreshed card', async () => {
  const { context, page } = await openPlayground(e2e.browser, e2e.stack.urls.playground);
  try {
    // 1. The Playground talks to the bot: a greeting in the personal chat (shown first) gets the welcome card.
    await sendMessage(page, 'bonjour');
    await cardsAfterMessage(page, 'bonjour').filter({ hasText: text['bot.welcome.title'] }).first().waitFor();

    // 2. The Playground's mock tenant, signed-in person and group chat. The bot posts polls only to
    // channels and group chats, and learns a conversation when it receives an activity from it: opening the
    // group chat makes the Playground send it `installationUpdate` there.
    const playground = await playgroundConfig(e2e.stack.urls.playground);
    const member = playground.currentUser;
    const groupChat = playground.groupChats[0]!;
    await page.getByRole('treeitem', { name: groupChat.name }).click();
    await waitForInstallation(page, 2);

    // A facilitator of that tenant sets up the community through the API.
    const tokenResponse = await fetch(`${e2e.stack.urls.api}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'playground-facilitator', name: 'Nadia Tremblay', tenantId: playground.tenantId }),
    });
    expect(tokenResponse.status).toBe(200);
    const api = apiAs(e2e.stack.urls.api, ((await tokenResponse.json()) as { token: string }).token);

    const community = await api('POST', '/communities', { name: 'Communauté du Playground' });
    expect(community.status).toBe(201);
    const communityId: string = community.json.id;
    // Linking works only for a conversation the bot has recorded, in the facilitator's tenant. It reads the
    // chat's roster from the Playground's connector: the member votes without anyone adding them by hand.
    const linked = await api('POST', `/communities/${communityId}/conversations`, { conversationId: groupChat.id });
    expect(linked).toEqual({
      status: 200,
      json: { conversationId: groupChat.id, conversationType: 'groupChat', teamId: null, rosterSynced: true },
    });
    const listed = await api('GET', `/communities/${communityId}/members`);
    // Teams (and the Playground) identify the voter by Entra object id, which the bot reads as the member's id.
    expect(listed.json.members).toContainEqual(expect.objectContaining({ userId: member.aadObjectId, role: 'member', source: 'team' }));

    const question = 'Quel jour pour la prochaine rencontre ?';
    const created = await api('POST', `/communities/${communityId}/polls`, { question, method: 'single', options: ['Lundi', 'Mardi'] });
    expect(created.status).toBe(201);
    expect(created.json.posted).toBe(1);
    const pollId: string = created.json.poll.id;
    const eligible: number = created.json.poll.eligible;
    const optionId = (label: string): string => created.json.poll.options.find((o: { label: string }) => o.label === label).id;

    // The card arrives in the group chat, in the community's language (French).
    const pollCards = adaptiveCards(page).filter({ has: page.getByRole('heading', { name: question }) });
    const card = pollCards.first();
    await card.getByRole('button', { name: text['poll.vote'], exact: true }).waitFor();
    expect(await card.innerText()).toContain(translate('fr', 'poll.participation', { voters: 0, eligible }));

    // 3. The member picks an option and clicks the card's Action.Execute button.
    await card.getByRole('radio', { name: 'Mardi' }).check();
    await card.getByRole('button', { name: text['poll.vote'], exact: true }).click();

    // The bot answers the invoke with the member's view, which replaces the card in place. The Playground
    // sends every invoke with locale en-US, so this view is in English.
    await card.getByText(en['poll.recorded'], { exact: true }).waitFor();
    await card.getByText(translate('en', 'poll.youVoted', { choice: 'Mardi' }), { exact: true }).waitFor();
    expect(await card.getByRole('radio', { name: 'Mardi' }).isChecked()).toBe(true);
    expect(await card.getByRole('button', { name: en['poll.changeVote'], exact: true }).isVisible()).toBe(true);
    expect(await card.innerText()).toContain(translate('en', 'poll.participation', { voters: 1, eligible }));
    expect(await pollCards.count()).toBe(1);
    if (shotsDir) await card.screenshot({ path: path.join(shotsDir, 'playground-refreshed-poll-card.png') });

    // The vote is stored: one voter, for "Mardi".
    const read = await api('GET', `/communities/${communityId}/polls/${pollId}`);
    expect(read.status).toBe(200);
    expect(read.json.voters).toBe(1);
    expect(read.json.results.counts).toEqual({ [optionId('Lundi')]: 0, [optionId('Mardi')]: 1 });
  } catch (error) {
    await onFailure(page, error);
  } finally {
    await context.close();
  }
});
