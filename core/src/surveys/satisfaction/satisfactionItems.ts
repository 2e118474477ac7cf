import type { CompassDimension } from '../../compass/compass';

/**
 * Our BOSA-style satisfaction item bank: S1–S12 are Likert statements about the community, S13 is open.
 * Wording in the catalogs as `satisfaction.item.<id>`.
 */
export const satisfactionItems = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13'] as const;
export type SatisfactionItem = (typeof satisfactionItems)[number];

/** The open item of the bank: members answer it in their own words. */
export const satisfactionOpenItem = 'S13' satisfies SatisfactionItem;

/**
 * The compass dimension each Likert item of the bank speaks to (WORKSHOPS.md §7), so satisfaction results can sit
 * beside the compass scores. Every dimension has at least one item.
 */
export const satisfactionDimension: Record<Exclude<SatisfactionItem, 'S13'>, CompassDimension> = {
  S1: 'purpose',
  S2: 'membership',
  S3: 'trust',
  S4: 'facilitation',
  S5: 'rituals',
  S6: 'decisions',
  S7: 'knowledge',
  S8: 'knowledge',
  S9: 'ecosystem',
  S10: 'value',
  S11: 'value',
  S12: 'sponsor',
};

/** The dimension of a bank item, or null for the open item. */
export function dimensionOfItem(item: SatisfactionItem): CompassDimension | null {
  return item === 'S13' ? null : satisfactionDimension[item];
}

/** The items ticked when the facilitator opens the editor: one per dimension where the bank has a choice, and the open item. */
export const defaultSatisfactionItems: readonly SatisfactionItem[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S9', 'S10', 'S12', 'S13'];

/** Limits of what a facilitator writes: one statement's wording, their own statements, the invitation. */
export const satisfactionLimits = { wording: 200, ownItems: 3, invitation: 1500 } as const;
