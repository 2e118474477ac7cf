import { z } from 'zod';
import { type CompassDimension, compassDimensions } from '../../compass/compass';
import { dimensionOfItem, type SatisfactionItem, satisfactionItems, satisfactionLimits } from './satisfactionItems';

/**
 * One statement the facilitator asks: a bank item (`item`, optionally reworded in `text`) or one of their own
 * (`text` alone, with an optional compass `dimension`; bank items keep the bank's dimension).
 */
const statementInput = z
  .strictObject({
    item: z.enum(satisfactionItems).optional(),
    text: z.string().trim().min(3).max(satisfactionLimits.wording).optional(),
    dimension: z.enum(compassDimensions).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.item && s.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], params: { key: 'satisfaction.error.ownText' } });
    if (s.item && s.dimension) ctx.addIssue({ code: 'custom', path: ['dimension'], params: { key: 'satisfaction.error.bankDimension' } });
  });

/** The `statements` of a satisfaction survey: bank items once each, at most three of the facilitator's own. */
export const satisfactionStatementsInput = z
  .array(statementInput)
  .min(1)
  .max(satisfactionItems.length + satisfactionLimits.ownItems)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (!s.item) return;
      if (seen.has(s.item)) ctx.addIssue({ code: 'custom', path: [i, 'item'], params: { key: 'satisfaction.error.duplicate' } });
      seen.add(s.item);
    });
    if (list.filter((s) => !s.item).length > satisfactionLimits.ownItems)
      ctx.addIssue({ code: 'custom', path: [], params: { key: 'satisfaction.error.tooManyOwn', max: satisfactionLimits.ownItems } });
  });
export type SatisfactionStatementsInput = z.infer<typeof satisfactionStatementsInput>;

/** The invitation at the top of the channel card (the guide's "template mail"), as the facilitator edited it. */
export const satisfactionInvitationInput = z.string().trim().min(1).max(satisfactionLimits.invitation);

/** A statement as a satisfaction survey stores it: the facilitator's wording is user content, kept as typed. */
export interface SatisfactionStatement {
  /** A bank item id (`S1`…) or `own1`… for the facilitator's own statements. */
  id: SatisfactionItem | `own${number}`;
  /** The facilitator's wording; null for a bank item asked as the catalog words it. */
  text: string | null;
  /** The compass dimension its answers feed; null for the open item and own statements without one. */
  dimension: CompassDimension | null;
}

/** The statements to store, in the facilitator's order: bank items keep their bank dimension, own ones are numbered. */
export function satisfactionStatements(input: SatisfactionStatementsInput): SatisfactionStatement[] {
  let own = 0;
  return input.map((s): SatisfactionStatement => {
    if (s.item) return { id: s.item, text: s.text ?? null, dimension: dimensionOfItem(s.item) };
    own += 1;
    return { id: `own${own}`, text: s.text!, dimension: s.dimension ?? null };
  });
}
