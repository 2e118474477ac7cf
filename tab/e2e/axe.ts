import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA violations on the page, as "rule: targets" lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  // A dialog or theme still fading in has half its final contrast: scan the page people see once it settles.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus manager (tabster) puts invisible <i aria-hidden tabindex> sentinels at the edges of the page and
    // of dialogs; they hand focus on at once and are never read. axe cannot tell, so they are left out of the scan.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
