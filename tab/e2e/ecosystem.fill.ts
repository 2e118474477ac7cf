import type { Page } from 'playwright-core';
import { text } from './flows';

interface Stakeholder {
  id: string;
  name: string;
  kind: string;
  tags: string[];
  power: number;
  interest: number;
  disposition: string;
}
interface Ecosystem {
  stakeholders: Stakeholder[];
  relationships: { from: string; to: string; type: string; strength: number }[];
  engagementPlan: { stakeholderId: string; action: string; channel: string; frequency: string; owner: { name: string } }[];
}

/**
 * Types workshop 5 in through the UI: stakeholders with the table's "add" and the editor, relationships and the
 * engagement plan by picking stakeholders by name (their ids are made by the browser).
 */
export async function fillEcosystem(page: Page, data: Ecosystem, addLabel: string = text['tab.w5.addStakeholder']): Promise<void> {
  const nameOf = new Map(data.stakeholders.map((s) => [s.id, s.name]));
  for (const [i, s] of data.stakeholders.entries()) {
    await page.getByRole('button', { name: addLabel, exact: true }).click();
    const at = (part: string) => page.locator(`#w5-stakeholders-${i}-${part}`);
    await at('name').fill(s.name);
    await at('kind').selectOption(s.kind);
    await at('power').selectOption(String(s.power));
    await at('interest').selectOption(String(s.interest));
    await at('disposition').selectOption(s.disposition);
    await at('tags').fill(s.tags.join(', '));
  }
  const pick = async (id: string, stakeholderId: string) => {
    const select = page.locator(`#${id}`);
    // Long stakeholder lists render their options when the control is reached.
    await select.focus();
    await select.selectOption({ label: nameOf.get(stakeholderId)! });
  };
  for (const [i, r] of data.relationships.entries()) {
    await page.locator('#w5-relationships-add').click();
    await pick(`w5-relationships-${i}-from`, r.from);
    await pick(`w5-relationships-${i}-to`, r.to);
    await page.locator(`#w5-relationships-${i}-type`).selectOption(r.type);
    await page.locator(`#w5-relationships-${i}-strength`).selectOption(String(r.strength));
  }
  for (const [i, p] of data.engagementPlan.entries()) {
    await page.locator('#w5-engagementPlan-add').click();
    await pick(`w5-engagementPlan-${i}-stakeholderId`, p.stakeholderId);
    await page.locator(`#w5-engagementPlan-${i}-action`).fill(p.action);
    await page.locator(`#w5-engagementPlan-${i}-channel`).fill(p.channel);
    await page.locator(`#w5-engagementPlan-${i}-frequency`).fill(p.frequency);
    await page.locator(`#w5-engagementPlan-${i}-owner-name`).fill(p.owner.name);
  }
}

/** Workshop 5 with stakeholder ids replaced by names, so data typed in the browser compares with the example. */
export function byNames(data: Record<string, unknown>): Record<string, unknown> {
  const d = data as unknown as Ecosystem;
  const names = new Map((d.stakeholders ?? []).map((s) => [s.id, s.name]));
  return {
    ...data,
    stakeholders: (d.stakeholders ?? []).map(({ id: _id, ...rest }) => rest),
    relationships: (d.relationships ?? []).map((r) => ({ ...r, from: names.get(r.from), to: names.get(r.to) })),
    engagementPlan: (d.engagementPlan ?? []).map((p) => ({ ...p, stakeholderId: names.get(p.stakeholderId) })),
  };
}
