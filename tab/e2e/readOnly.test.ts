import { addButton, createCommunity, field, openW1, text, waitSaved } from './flows';
import { newWindow } from './harness';
import { useStack } from './useStack';

// The e2e project's testTimeout sits in a project entry, where jest ignores it; set it here.
jest.setTimeout(120_000);

const e2e = useStack();

test('a member sees workshop 1 read-only after switching persona', async () => {
  const { context, page } = await newWindow(e2e.browser);
  try {
    const id = await createCommunity(page, e2e.stack.urls.tab, 'Lecture seule');
    await openW1(page, e2e.stack.urls.tab, id);
    await field(page, text['w1.name']).fill('Écrit par l’animatrice');
    await waitSaved(page);
    expect(await field(page, text['w1.name']).getAttribute('readonly')).toBeNull();

    // Switch persona in the local preview banner; the choice sticks across reloads.
    await page.getByLabel(text['preview.actAs']).selectOption({ label: text['preview.persona.member'] });
    await page.getByText(text['wizard.readOnly']).waitFor();
    await page.reload();
    await page.getByText(text['wizard.readOnly']).waitFor();

    const name = field(page, text['w1.name']);
    expect(await name.inputValue()).toBe('Écrit par l’animatrice');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('radio', { name: text['w1.membershipPolicy.open'] }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: text['w1.aim.produce'] }).isDisabled()).toBe(true);
    expect(await addButton(page, text['w1.values']).count()).toBe(0);
    expect(await page.getByTestId('save-state').count()).toBe(0);

    // Typing is impossible, so nothing is sent.
    await name.press('End');
    await page.keyboard.type(' modifié');
    expect(await name.inputValue()).toBe('Écrit par l’animatrice');

    // Home shows the community with the member's role.
    await page.goto(`${e2e.stack.urls.tab}/#/`);
    await page
      .getByRole('link', { name: new RegExp(`Lecture seule.*${text['home.yourRole'].replace('{role}', text['role.member'])}`) })
      .waitFor();
  } finally {
    await context.close();
  }
});
