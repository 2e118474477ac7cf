import { z } from 'zod';
import type { WorkshopNumber } from '../workshops/registry';

/**
 * The coordinator competence checklist of the preparation phase (BOSA's "profile of the coordinator"), in the
 * facilitator's tasks the domain guide names (WORKSHOPS.md §2: mandate, sponsor, minimum activity, participation,
 * climate, meaning, tools) and the preparation steps (need, sponsor, IT tool). Each item says which workshop helps
 * when the answer is "not yet".
 */
export const competenceItems = [
  { id: 'mandate', workshop: 1 },
  { id: 'sponsor', workshop: 1 },
  { id: 'time', workshop: 3 },
  { id: 'activity', workshop: 3 },
  { id: 'participation', workshop: 3 },
  { id: 'climate', workshop: 4 },
  { id: 'meaning', workshop: 2 },
  { id: 'tools', workshop: 3 },
  { id: 'ecosystem', workshop: 5 },
  { id: 'capture', workshop: 3 },
] as const satisfies readonly { id: string; workshop: WorkshopNumber }[];

export type CompetenceItemId = (typeof competenceItems)[number]['id'];
export const competenceLevels = ['yes', 'partly', 'notYet'] as const;
export type CompetenceLevel = (typeof competenceLevels)[number];

const itemIds = competenceItems.map((i) => i.id) as [CompetenceItemId, ...CompetenceItemId[]];

/** Body of `PUT /api/communities/{id}/checklist/me`: my answers, any item left out is unanswered. */
export const competenceChecklistInput = z.strictObject({
  answers: z.partialRecord(z.enum(itemIds), z.enum(competenceLevels)),
});
export type CompetenceAnswers = z.infer<typeof competenceChecklistInput>['answers'];

/** One item still to work on: what it is, and the workshop that helps. */
export interface CompetenceSuggestion {
  item: CompetenceItemId;
  workshop: WorkshopNumber;
}

/** The items answered "not yet", in the checklist's order, each with the workshop that helps. */
export function competenceSuggestions(answers: CompetenceAnswers): CompetenceSuggestion[] {
  return competenceItems.filter((i) => answers[i.id] === 'notYet').map((i) => ({ item: i.id, workshop: i.workshop }));
}

/** How far the checklist is: items answered "yes", answered at all, and the total. */
export function competenceProgress(answers: CompetenceAnswers): { yes: number; answered: number; total: number } {
  const levels = competenceItems.map((i) => answers[i.id]);
  return {
    yes: levels.filter((l) => l === 'yes').length,
    answered: levels.filter((l) => l !== undefined).length,
    total: competenceItems.length,
  };
}
