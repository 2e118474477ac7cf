import { personas } from '@elan/core/dev/personas';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { createCommunityViaApi, putWorkshop } from './api';
import { axeViolations } from './axe';
import { eventually, text } from './flows';
import { inNewWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(180_000);

const e2e = useStack({ api: true });
const member = personas.find((p) => p.role === 'member')!;
let id: string;

beforeAll(async () => {
  id = await createCommunityViaApi(e2e.api, 'Avis');
  // Workshop 4's matrix has a "Logistique" row run by the advice process.
  await putWorkshop(e2e.api, id, 4, exampleWorkshops[4]!);
}, 120_000);

/** A member answers the card in Teams: an Action.Execute invoke posted to the bot endpoint, as Teams sends it. */
async function giveAdvice(card: { actions?: { verb?: string; data?: Record<string, unknown> }[] }, reason: string): Promise<number> {
  const action = card.actions!.find((a) => a.verb === 'poll.vote' && a.data?.['answer'] === 'given')!;
  const res = await fetch(`${e2e.stack.urls.api}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'invoke-advice-1',
      channelId: 'msteams',
      // Nothing listens there: the bot's own sends fail quietly, the invoke's answer is what counts.
      serviceUrl: 'http://127.0.0.1:9/',
      locale: 'fr-CA',
      from: { id: `29:${member.userId}`, aadObjectId: member.userId, name: member.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: { id: '19:advice@thread.tacv2', tenantId: member.tenantId, conversationType: 'channel' },
      channelData: { tenant: { id: member.tenantId } },
      value: { action: { type: 'Action.Execute', verb: 'poll.vote', data: { ...action.data, reason } }, trigger: 'manual' },
    }),
  });
  return res.status;
}

test('a facilitator seeks advice by name, reads the advice given and records the decision with its reason', () =>
  inNewWindow({ browser: e2e.browser, width: 320 }, async (page) => {
    await page.goto(`${e2e.stack.urls.tab}/#/c/${encodeURIComponent(id)}`);
    const section = page.getByTestId('open-polls');
    await section.getByText(text['tab.home.noOpenPolls']).waitFor();
    await section.getByRole('button', { name: text['tab.advice.seek'] }).click();

    const dialog = page.getByRole('dialog', { name: text['tab.advice.seekTitle'] });
    // The advice row of the matrix is offered first, and its rule shown.
    await eventually(async () => expect(await dialog.getByLabel(text['tab.ask.decisionType']).inputValue()).toBe('Logistique'));
    const send = dialog.getByRole('button', { name: text['tab.advice.send'] });
    await dialog.getByLabel(text['tab.advice.question']).fill('Tenir la rencontre de mars au CLSC?');
    // Nobody named yet: the call cannot go out.
    expect(await send.isDisabled()).toBe(true);
    const consulted = dialog.getByTestId('advice-consulted');
    expect(await consulted.getByRole('checkbox').count()).toBe(2);
    await consulted.getByRole('checkbox', { name: member.name }).check();
    expect(await axeViolations(page)).toEqual([]);
    const created = page.waitForResponse((r) => r.url().endsWith('/polls') && r.request().method() === 'POST');
    await send.click();
    const { poll, card } = await (await created).json();
    await page.getByRole('dialog', { name: text['tab.advice.postedTitle'] }).waitFor();
    expect(poll).toMatchObject({ method: 'advice', decisionType: { label: 'Logistique' } });
    expect(poll.advice.consulted).toEqual([{ userId: member.userId, name: member.name }]);
    await page.getByRole('button', { name: text['tab.ask.done'] }).click();

    // The member answers from the card in the channel.
    expect(await giveAdvice(card, 'Le CLSC ferme à 17 h : commencez à 14 h 30.')).toBe(200);

    await page.reload();
    const decide = section.getByRole('button', {
      name: text['tab.advice.decideNamed'].replace('{question}', 'Tenir la rencontre de mars au CLSC?'),
    });
    await decide.click();
    const decision = page.getByRole('dialog', { name: text['tab.advice.decideTitle'] });
    const given = decision.getByTestId('advice-given');
    await given.getByText('Le CLSC ferme à 17 h : commencez à 14 h 30.').waitFor();
    expect(await given.innerText()).toContain(member.name);
    const record = decision.getByRole('button', { name: text['tab.advice.record'] });
    await decision.getByRole('radio', { name: text['tab.advice.adopt'] }).check();
    expect(await record.isDisabled()).toBe(true);
    await decision.getByLabel(text['tab.advice.rationale']).fill('Au CLSC, à 14 h 30, comme conseillé.');
    expect(await axeViolations(page)).toEqual([]);
    await record.click();
    await decision.waitFor({ state: 'hidden' });

    // Gone from the open polls, in the decision log with its reason.
    await section.getByText(text['tab.home.noOpenPolls']).waitFor();
    const [logged] = (await e2e.api.get(`/api/communities/${id}/decisions`)).decisions;
    expect(logged).toMatchObject({ method: 'advice', outcome: 'adopted', result: 'Au CLSC, à 14 h 30, comme conseillé.' });
    await page.getByTestId('latest-decisions').getByText('Tenir la rencontre de mars au CLSC?', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }));
