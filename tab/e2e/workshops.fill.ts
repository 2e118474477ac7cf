import type { Page } from 'playwright-core';
import { eventually } from './flows';

/**
 * Fills any workshop form from a data object the way the form names its controls: every control's id is
 * `w{n}-{path}` (dots as dashes), lists have an add button `…-add`, choice groups hold inputs whose value is the
 * choice. So the worked examples of core can be typed in through the UI, field by field.
 */
const domId = (n: number, path: string) => `w${n}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

type Kind = 'select' | 'checkbox' | 'radios' | 'checks' | 'text' | 'missing';

async function kindOf(page: Page, id: string): Promise<Kind> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return 'missing';
    if (el.tagName === 'SELECT') return 'select';
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return 'checkbox';
    if (el.getAttribute('role') === 'radiogroup') return 'radios';
    if (el.tagName === 'FIELDSET' && el.querySelector('input[type=checkbox]')) return 'checks';
    return 'text';
  }, id);
}

async function itemCount(page: Page, id: string): Promise<number> {
  return page.locator(`#${id} > ul > li`).count();
}

export async function fillWorkshop(page: Page, n: number, data: Record<string, unknown>, path = ''): Promise<void> {
  for (const [key, value] of Object.entries(data)) {
    const at = path ? `${path}.${key}` : key;
    await fillValue(page, n, at, value);
  }
}

async function fillValue(page: Page, n: number, path: string, value: unknown): Promise<void> {
  const id = domId(n, path);
  if (Array.isArray(value)) {
    if ((await kindOf(page, id)) === 'checks') {
      for (const v of value) await page.locator(`#${id} input[value="${String(v)}"]`).check();
      return;
    }
    for (const [i, item] of value.entries()) {
      if ((await itemCount(page, id)) <= i) await page.locator(`#${id}-add`).click();
      await fillValue(page, n, `${path}.${i}`, item);
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    // A person is typed by name.
    if (keys.length === 1 && keys[0] === 'name' && (await kindOf(page, `${id}-name`)) !== 'missing') {
      await page.locator(`#${id}-name`).fill(String((value as { name: string }).name));
      return;
    }
    await fillWorkshop(page, n, value as Record<string, unknown>, path);
    return;
  }
  const kind = await kindOf(page, id);
  switch (kind) {
    case 'select':
      await page.locator(`#${id}`).selectOption(String(value));
      return;
    case 'checkbox':
      // Tick then untick for `false`, so the answer is recorded (a never-touched box stores nothing).
      await page.locator(`#${id}`).check();
      if (value === false) await page.locator(`#${id}`).uncheck();
      return;
    case 'radios':
      await page.locator(`#${id} input[value="${String(value)}"]`).check();
      return;
    case 'text':
      await page.locator(`#${id}`).fill(String(value));
      return;
    case 'missing':
      throw new Error(`workshop ${n}: no control for ${path} (#${id})`);
  }
}

/** Reads back what the form shows, in the same shape as `data` (only the paths `data` has). */
export async function readWorkshop(page: Page, n: number, data: Record<string, unknown>, path = ''): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key] = await readValue(page, n, path ? `${path}.${key}` : key, value);
  return out;
}

async function readValue(page: Page, n: number, path: string, shape: unknown): Promise<unknown> {
  const id = domId(n, path);
  if (Array.isArray(shape)) {
    if ((await kindOf(page, id)) === 'checks') {
      return page.locator(`#${id} input[type=checkbox]:checked`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    }
    const items = [];
    for (let i = 0; i < (await itemCount(page, id)); i++) items.push(await readValue(page, n, `${path}.${i}`, shape[i] ?? shape[0]));
    return items;
  }
  if (shape !== null && typeof shape === 'object') {
    const keys = Object.keys(shape);
    if (keys.length === 1 && keys[0] === 'name' && (await kindOf(page, `${id}-name`)) !== 'missing')
      return { name: await page.locator(`#${id}-name`).inputValue() };
    return readWorkshop(page, n, shape as Record<string, unknown>, path);
  }
  const kind = await kindOf(page, id);
  const asShape = (v: string) => (typeof shape === 'number' ? Number(v) : v);
  switch (kind) {
    case 'select':
      return asShape(await page.locator(`#${id}`).inputValue());
    case 'checkbox':
      return page.locator(`#${id}`).isChecked();
    case 'radios':
      return page.locator(`#${id} input:checked`).evaluate((e) => (e as HTMLInputElement).value);
    case 'text':
      return asShape(await page.locator(`#${id}`).inputValue());
    default:
      return undefined;
  }
}

/** Waits until the save indicator says saved (whatever the language). */
export async function waitSavedAnyLanguage(page: Page): Promise<void> {
  await eventually(async () => expect(await page.getByTestId('save-state').getAttribute('data-status')).toBe('saved'), 20_000);
}
