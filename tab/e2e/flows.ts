import { en } from '@elan/core/i18n/en';
import { fr } from '@elan/core/i18n/fr';
import { fillTemplate } from '@elan/core/i18n/translate';
import type { Locator, Page } from 'playwright-core';

/** The French catalog: tests find things by the names users see (French is the default language). */
export const text = fr;

/** The English catalog, for each test's English pass. */
export const textEn = en;

/**
 * Switches the UI to English with the shell's language picker (named in French until then) and waits until the
 * page says it is English, so the next lookups by English names do not race the catalog's download.
 */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByLabel(text['app.language'], { exact: true }).selectOption('en');
  await eventually(async () => expect(await page.getAttribute('html', 'lang')).toBe('en'));
  await page.getByLabel(en['app.language'], { exact: true }).waitFor();
}

/**
 * Acts as another local persona with the preview's picker, in the UI's current language, and waits for the home to
 * name that persona's role before going on (clicking earlier races the new persona's screen).
 */
export async function actAs(page: Page, persona: 'facilitator' | 'member' | 'sponsor', locale: 'fr' | 'en' = 'fr'): Promise<void> {
  const catalog = locale === 'en' ? en : fr;
  await page.getByLabel(catalog['preview.actAs']).selectOption({ label: catalog[`preview.persona.${persona}`] });
  await page.getByText(fillTemplate(locale, catalog['home.yourRole'], { role: catalog[`role.${persona}`] })).waitFor();
}

/** Fails when the page scrolls sideways at `width` (320 px: the narrowest Teams pane). */
export async function expectNoHorizontalScroll(page: Page, width = 320): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** Retries `check` until it stops throwing or `timeoutMs` passes (playwright-core has no `expect`). */
export async function eventually(check: () => Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The save indicator's status (`data-status`) and text. */
export async function saveState(page: Page): Promise<{ status: string | null; text: string }> {
  const region = page.getByTestId('save-state');
  return { status: await region.getAttribute('data-status'), text: (await region.innerText()).trim() };
}

/** Waits until the indicator says "saved" (in words, as a user would read it: French unless told). */
export async function waitSaved(page: Page, catalog: typeof text | typeof en = text): Promise<void> {
  await eventually(async () => {
    const state = await saveState(page);
    expect(state).toEqual({ status: 'saved', text: catalog['save.saved'] });
  }, 20_000);
}

/** Creates a community from the home screen and returns its id (from the address it lands on). */
export async function createCommunity(page: Page, tabUrl: string, name: string): Promise<string> {
  await page.goto(`${tabUrl}/#/`);
  await page.getByLabel(text['community.create.name']).fill(name);
  await page.getByRole('button', { name: text['community.create.submit'], exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const id = /#\/c\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a community page: ${page.url()}`);
  return decodeURIComponent(id);
}

/** Opens workshop 1 and waits for its form. */
export async function openW1(page: Page, tabUrl: string, communityId: string): Promise<void> {
  await page.goto(`${tabUrl}/#/c/${encodeURIComponent(communityId)}/w/1`);
  await field(page, text['w1.name']).waitFor();
}

/** Opens workshop `n` and waits for its French title and its form, editable or read-only. */
export async function openWorkshop(page: Page, tabUrl: string, communityId: string, n: 1 | 2 | 3 | 4 | 5 | 6): Promise<void> {
  await page.goto(`${tabUrl}/#/c/${encodeURIComponent(communityId)}/w/${n}`);
  await page.getByRole('heading', { level: 1, name: text[`workshop.${n}.title`] }).waitFor();
  await page.locator('[data-testid="save-state"], [data-testid="read-only"]').first().waitFor();
}

/** The control labelled exactly `label` (inside `scope` when labels repeat, e.g. list items). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** A list item's container, by list field and index (the ids the form gives items). */
export function listItem(page: Page, list: string, index: number): Locator {
  return page.locator(`#w1-${list}-item-${index}`);
}

/** The "Add" button of a list, by the list's label. */
export function addButton(page: Page, listLabel: string): Locator {
  return page.getByRole('button', { name: `${text['list.add']} — ${listLabel}` });
}

/** A W1 filled in completely, as in the domain guide's worked example. */
export const example = {
  name: 'Partenaires en action',
  tagline: 'Là où patients partenaires et équipes apprennent à collaborer',
  domain: 'Engagement des patients partenaires dans les comités d’amélioration et les équipes de soins du CISSS',
  purposeStatement:
    'Nous existons pour améliorer ensemble la façon dont nous recrutons, préparons et soutenons les patients partenaires, afin que leur savoir expérientiel change réellement les soins et services',
  // In the order the form lists them, so a read-back compares equal.
  aims: [text['w1.aim.sharePractices'], text['w1.aim.produce']],
  memberProfile: 'Patients partenaires, conseillères, gestionnaires, une chercheuse et le comité des usagers',
  membershipPolicy: text['w1.membershipPolicy.onRequest'],
  joinSteps: 'Écrire à l’animatrice, qui confirme dans les 10 jours',
  participation: { level: 'core', levelLabel: text['w1.participationLevel.core'], expectation: 'Présents à toutes les rencontres' },
  values: [
    { label: 'Réciprocité', meaning: 'Tous les savoirs comptent' },
    { label: 'Transparence', meaning: 'On dit ce qui a été fait de chaque avis' },
    { label: 'Bienveillance', meaning: 'On parle de situations, jamais de personnes' },
    { label: 'Langage clair', meaning: 'Aucun acronyme sans explication' },
  ],
  successIn12Months: 'Trousse testée dans 3 directions; 80 % des patients partenaires recrutés encore actifs après 6 mois',
  inScope: ['Recrutement des patients partenaires', 'Soutien et reconnaissance'],
  outOfScope: ['Plaintes individuelles (commissaire aux plaintes)'],
  sponsor: {
    person: 'Hélène Bouchard',
    role: 'Directrice adjointe DQEPE',
    expectations: 'Un rapport d’impact annuel et une règle de remboursement harmonisée',
  },
  lifespan: text['w1.lifespan.untilDate'],
  reviewDate: '2027-06-30',
  languages: { value: 'fr', label: text['w1.languages.fr'] },
};
