import { axeViolations } from './axe';
import { createCommunity, text } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

jest.setTimeout(120_000);

const e2e = useStack();

test('the channel configuration page lists the communities I facilitate and opens the chosen one (local preview)', async () => {
  const { context, page } = await newWindow(e2e.browser, 400);
  try {
    const id = await createCommunity(page, e2e.stack.urls.tab, 'Canal de configuration');
    await page.goto(`${e2e.stack.urls.tab}/#/config`);
    await page.getByRole('heading', { name: text['tab.config.title'] }).waitFor();
    const open = page.getByRole('button', { name: text['tab.config.open'] });
    expect(await open.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Canal de configuration' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await open.click();
    await page.waitForURL(`**/#/c/${id}`);

    // A member facilitates nothing: the page says so instead of offering a choice.
    await page.goto(`${e2e.stack.urls.tab}/#/config`);
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(text['tab.config.none']).waitFor();
  } finally {
    await context.close();
  }
});
