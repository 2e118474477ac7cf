import { personas } from '@elan/core/dev/personas';
import type { BrowserContext, Page } from 'playwright-core';
import { createCommunityViaApi } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const communityName = 'Dans Teams';
let id: string;
let pollId: string;

beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, communityName);
  const created = await e2e.api.send<{ poll: { id: string } }>('POST', `/api/communities/${id}/polls`, {
    question: 'On garde le mardi?',
    method: 'consent',
  });
  pollId = created.body.poll.id;
}, 120_000);

/** What the stand-in for teams-js answers: the `app.getContext()` page and where the tab sits, and stage sharing. */
interface Teams {
  page: { id: string; frameContext: string; subPageId?: string };
  channel?: { id: string };
  chat?: { id: string };
  meeting?: { id: string };
  /** `doesAppHaveSharePermission`. */
  canShare?: boolean;
  /** An `SdkError` code shareAppContentToStage answers with, instead of success. */
  shareError?: number;
  role?: 'facilitator' | 'member' | 'sponsor';
}

async function devToken(role: Teams['role'] = 'facilitator'): Promise<string> {
  const persona = personas.find((p) => p.role === role)!;
  const res = await fetch(`${e2e.stack.urls.api}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: persona.userId, name: persona.name, tenantId: persona.tenantId }),
  });
  return ((await res.json()) as { token: string }).token;
}

/**
 * A window where the tab believes Teams hosts it: the test hook `window.__elanTeamsSdkForTests` (see
 * tab/src/teams/host.ts) replaces teams-js' initialize, getContext, notifySuccess, getAuthToken and the stage
 * sharing calls, which it records in `window.__teamsCalls`.
 */
async function teamsWindow(teams: Teams, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newWindow(e2e.browser, width);
  const token = await devToken(teams.role);
  await context.addInitScript(
    ({ teams, token }) => {
      const calls: { fn: string; url?: string }[] = [];
      const w = window as unknown as Record<string, unknown>;
      w['__teamsCalls'] = calls;
      w['__elanTeamsSdkForTests'] = {
        app: {
          initialize: () => Promise.resolve(),
          getContext: () =>
            Promise.resolve({
              app: { locale: 'fr-CA', theme: 'default' },
              page: teams.page,
              channel: teams.channel,
              chat: teams.chat,
              meeting: teams.meeting,
            }),
          notifySuccess: () => {
            calls.push({ fn: 'notifySuccess' });
            return Promise.resolve();
          },
          registerOnThemeChangeHandler: () => undefined,
        },
        authentication: { getAuthToken: () => Promise.resolve(token) },
        pages: {
          config: {
            registerOnSaveHandler: (handler: unknown) => {
              w['__teamsSave'] = handler;
            },
            setConfig: (config: unknown) => {
              calls.push({ fn: 'setConfig', url: JSON.stringify(config) });
              return Promise.resolve();
            },
            setValidityState: (valid: boolean) => calls.push({ fn: `setValidityState:${valid}` }),
          },
        },
        meeting: {
          getAppContentStageSharingCapabilities: (cb: (e: unknown, c: unknown) => void) => {
            calls.push({ fn: 'getAppContentStageSharingCapabilities' });
            cb(null, { doesAppHaveSharePermission: teams.canShare === true });
          },
          shareAppContentToStage: (cb: (e: unknown, r: unknown) => void, url: string) => {
            calls.push({ fn: 'shareAppContentToStage', url });
            if (teams.shareError) cb({ errorCode: teams.shareError }, null);
            else cb(null, true);
          },
        },
      };
    },
    { teams, token },
  );
  return { context, page };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __teamsCalls: { fn: string; url?: string }[] }).__teamsCalls);
const hash = (page: Page) => page.evaluate(() => window.location.hash);
const contentUrl = () => `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`;
const meetingChat = () => ({ page: { id, frameContext: 'sidePanel' }, chat: { id: '19:meeting@thread.v2' }, meeting: { id: 'm1' } });

test('side panel: Teams’ contentUrl opens the meeting panel; a facilitator shares the workshop and a poll’s results to the stage', async () => {
  const { context, page } = await teamsWindow({ ...meetingChat(), canShare: true }, 320);
  try {
    await page.goto(contentUrl());
    await page.getByTestId('meeting-panel').waitFor();
    expect(await hash(page)).toBe(`#/c/${encodeURIComponent(id)}/panel`);
    // Inside Teams: no local preview banner and its persona switcher.
    expect(await page.getByLabel(text['preview.actAs']).count()).toBe(0);
    expect((await calls(page)).some((c) => c.fn === 'notifySuccess')).toBe(true);

    const share = page.getByTestId('share-to-stage');
    await share.getByRole('button', { name: text['tab.stage.share.workshop'] }).click();
    await share.getByText(text['tab.stage.share.done']).waitFor();
    await share.getByLabel(text['tab.stage.share.poll'], { exact: true }).selectOption(pollId);
    await share.getByRole('button', { name: text['tab.stage.share.pollButton'] }).click();
    await eventually(async () =>
      expect((await calls(page)).filter((c) => c.fn === 'shareAppContentToStage').map((c) => c.url)).toEqual([
        `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/stage`,
        `${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}/stage/poll/${encodeURIComponent(pollId)}`,
      ]),
    );
    await eventually(async () => expect(await page.getByTestId('announcer').innerText()).toContain(text['tab.stage.share.done']));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    // The start route replaced the contentUrl's history entry instead of adding one: Back leaves the tab.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  } finally {
    await context.close();
  }
});

test('side panel: a refused share is said in the user’s language', async () => {
  const { context, page } = await teamsWindow({ ...meetingChat(), canShare: true, shareError: 1000 }, 320);
  try {
    await page.goto(contentUrl());
    await page.getByTestId('share-to-stage').getByRole('button', { name: text['tab.stage.share.workshop'] }).click();
    await page.getByTestId('share-outcome').getByText(text['tab.stage.share.denied']).waitFor();
    await eventually(async () => expect(await page.getByTestId('announcer').innerText()).toContain(text['tab.stage.share.denied']));
  } finally {
    await context.close();
  }
});

test('side panel: no share button without the permission, for a member, or in local preview', async () => {
  const refused: Teams[] = [
    { ...meetingChat(), canShare: false },
    { ...meetingChat(), canShare: true, role: 'member' },
  ];
  for (const teams of refused) {
    const { context, page } = await teamsWindow(teams, 320);
    try {
      await page.goto(contentUrl());
      await page.getByTestId('meeting-panel').waitFor();
      if (teams.role !== 'member')
        await eventually(async () => expect((await calls(page)).some((c) => c.fn === 'getAppContentStageSharingCapabilities')).toBe(true));
      // Give a late answer the time to render before checking it did not.
      await page.waitForTimeout(300);
      expect(await page.getByTestId('share-to-stage').count()).toBe(0);
    } finally {
      await context.close();
    }
  }
  const { context, page } = await newWindow(e2e.browser, 320);
  try {
    await page.goto(`${contentUrl()}/panel`);
    await page.getByTestId('meeting-panel').waitFor();
    await page.getByLabel(text['preview.actAs']).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('share-to-stage').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('meeting stage: opens the stage view, or the poll that was shared to it', async () => {
  const stage = { page: { id, frameContext: 'meetingStage' }, chat: { id: '19:meeting@thread.v2' }, meeting: { id: 'm1' } };
  const { context, page } = await teamsWindow(stage);
  try {
    await page.goto(contentUrl());
    await page.getByTestId('stage').waitFor();
    expect(await hash(page)).toBe(`#/c/${encodeURIComponent(id)}/stage`);
    // What shareAppContentToStage opens: the stage URL of a poll.
    await page.goto(`${contentUrl()}/stage/poll/${encodeURIComponent(pollId)}`);
    await page.getByTestId('stage-poll').getByText('On garde le mardi?').waitFor();
  } finally {
    await context.close();
  }
});

test('settings opens the configuration page; the personal app opens my communities', async () => {
  const settings = await teamsWindow({ page: { id: '', frameContext: 'settings' }, channel: { id: '19:general@thread.tacv2' } });
  try {
    await settings.page.goto(contentUrl());
    await settings.page.getByRole('heading', { level: 1, name: text['tab.config.title'] }).waitFor();
    expect(await hash(settings.page)).toBe('#/config');
    // Choosing a community enables Teams' Save; saving links the channel, which fails here (the bot was never
    // installed in it): Teams' dialog is told why and stays open, and the page says it.
    await settings.page.getByRole('radio', { name: communityName }).check();
    await eventually(async () => expect((await calls(settings.page)).map((c) => c.fn)).toContain('setValidityState:true'));
    const outcome = await settings.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const save = (window as unknown as { __teamsSave: (e: unknown) => void }).__teamsSave;
          save({ notifySuccess: () => resolve('success'), notifyFailure: () => resolve('failure') });
        }),
    );
    expect(outcome).toBe('failure');
    await settings.page.getByText(text['tab.config.linkFailed']).waitFor();
    expect((await calls(settings.page)).some((c) => c.fn === 'setConfig')).toBe(false);
  } finally {
    await settings.context.close();
  }
  // With no channel or chat to link, the tab is saved pointing at the community.
  const unlinked = await teamsWindow({ page: { id: '', frameContext: 'settings' } });
  try {
    await unlinked.page.goto(contentUrl());
    await unlinked.page.getByRole('radio', { name: communityName }).check();
    const outcome = await unlinked.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const save = (window as unknown as { __teamsSave: (e: unknown) => void }).__teamsSave;
          save({ notifySuccess: () => resolve('success'), notifyFailure: () => resolve('failure') });
        }),
    );
    expect(outcome).toBe('success');
    const saved = JSON.parse((await calls(unlinked.page)).find((c) => c.fn === 'setConfig')!.url!) as {
      entityId: string;
      contentUrl: string;
    };
    expect(saved.entityId).toBe(id);
    expect(saved.contentUrl).toBe(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
  } finally {
    await unlinked.context.close();
  }
  const personal = await teamsWindow({ page: { id: 'communities', frameContext: 'content' } });
  try {
    await personal.page.goto(contentUrl());
    await personal.page.getByRole('heading', { level: 1, name: text['home.title'] }).waitFor();
    await personal.page.getByRole('link', { name: /Dans Teams/ }).waitFor();
    expect(await hash(personal.page)).toBe('#/');
  } finally {
    await personal.context.close();
  }
});

test('content: a deep link’s subPageId opens its screen when it stays in the community, else the community home', async () => {
  const channel = { channel: { id: '19:general@thread.tacv2' } };
  const linked = await teamsWindow({ page: { id, frameContext: 'content', subPageId: `/c/${encodeURIComponent(id)}/w/3` }, ...channel });
  try {
    await linked.page.goto(contentUrl());
    await linked.page.getByRole('heading', { level: 1, name: text['workshop.3.title'] }).waitFor();
    expect(await hash(linked.page)).toBe(`#/c/${encodeURIComponent(id)}/w/3`);
  } finally {
    await linked.context.close();
  }
  const elsewhere = await teamsWindow({ page: { id, frameContext: 'content', subPageId: '/c/another-community/members' }, ...channel });
  try {
    await elsewhere.page.goto(contentUrl());
    await elsewhere.page.getByRole('heading', { level: 1, name: 'Dans Teams' }).waitFor();
    expect(await hash(elsewhere.page)).toBe(`#/c/${encodeURIComponent(id)}`);
  } finally {
    await elsewhere.context.close();
  }
});
