import { z } from 'zod';
import { type CompetenceLevel, competenceLevels } from '../checklist/competenceChecklist';

/**
 * The facilitator's self-review after a meeting: our synthesis of BOSA's "check-list Animation" (a feedback tool to
 * use after animating a discussion) in the facilitator's tasks the domain guide names (WORKSHOPS.md §2: invite
 * participation, look after the climate, keep the meaning) and the regular meeting's ritual (§5: agenda, decisions,
 * check-out). Answered with the competence checklist's vocabulary: yes / partly / not yet.
 */
export const selfReviewItems = [
  'everyoneSpoke',
  'quieterInvited',
  'agendaKept',
  'decisionsNoted',
  'summarised',
  'climate',
  'checkOut',
] as const;
export type SelfReviewItem = (typeof selfReviewItems)[number];
/** The answers, shared with the competence checklist so both read the same. */
export const selfReviewLevels = competenceLevels;
export type SelfReviewLevel = CompetenceLevel;

/** Whether a string names an item of the bank. */
export const isSelfReviewItem = (value: unknown): value is SelfReviewItem => selfReviewItems.includes(value as SelfReviewItem);
/** Whether a value is one of the answers. */
export const isSelfReviewLevel = (value: unknown): value is SelfReviewLevel => selfReviewLevels.includes(value as SelfReviewLevel);

/** The longest private note a self-review keeps. */
export const maxSelfReviewNote = 1000;

/** My answers and note for one meeting; an item left out is unanswered, but at least one must be answered. */
export const selfReviewInput = z.strictObject({
  answers: z
    .partialRecord(z.enum(selfReviewItems), z.enum(selfReviewLevels))
    .refine((a) => Object.keys(a).length > 0, { params: { key: 'selfReview.error.empty' } }),
  note: z
    .string()
    .trim()
    .refine((v) => v.length <= maxSelfReviewNote, { params: { key: 'selfReview.error.noteTooLong' } })
    .optional(),
});
export type SelfReviewAnswers = z.infer<typeof selfReviewInput>['answers'];

/** The input id of an item on the card (prefixed: the card's data also carries the community and meeting). */
export const selfReviewInputId = (item: SelfReviewItem) => `review_${item}`;
/** The input id of the private note on the card. */
export const selfReviewNoteId = 'review_note';

/** The card's inputs as Teams sends them back (merged into the action's data), as a self-review input. */
export function selfReviewFromCard(data: Record<string, unknown>): unknown {
  const answers: Record<string, unknown> = {};
  for (const item of selfReviewItems) {
    const value = data[selfReviewInputId(item)];
    // An untouched compact choice set comes back empty: unanswered, not an invalid answer.
    if (value !== undefined && value !== '') answers[item] = value;
  }
  const note = data[selfReviewNoteId];
  return { answers, ...(typeof note === 'string' && note.trim() !== '' ? { note } : {}) };
}

/** The items answered "partly" or "not yet", in the bank's order: those whose tip the facilitator sees. */
export function selfReviewTips(answers: SelfReviewAnswers): { item: SelfReviewItem; level: 'partly' | 'notYet' }[] {
  return selfReviewItems.flatMap((item) => {
    const level = answers[item];
    return level === 'partly' || level === 'notYet' ? [{ item, level }] : [];
  });
}

/** How often one item came out "not yet" (and "partly") across a facilitator's reviews. */
export interface SelfReviewTrend {
  item: SelfReviewItem;
  notYet: number;
  partly: number;
}

/** The items that came out "not yet" at least once, most often first (then "partly", then the bank's order). */
export function mostOftenNotYet(reviews: readonly { answers: SelfReviewAnswers }[]): SelfReviewTrend[] {
  return selfReviewItems
    .map((item) => ({
      item,
      notYet: reviews.filter((r) => r.answers[item] === 'notYet').length,
      partly: reviews.filter((r) => r.answers[item] === 'partly').length,
    }))
    .filter((t) => t.notYet > 0)
    .sort((a, b) => b.notYet - a.notYet || b.partly - a.partly);
}
