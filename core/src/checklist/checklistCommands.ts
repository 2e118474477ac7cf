import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { type CompetenceAnswers, type CompetenceSuggestion, competenceChecklistInput, competenceSuggestions } from './competenceChecklist';

/** `GET|PUT …/checklist/me`: my answers, what to work on, and when I saved (null before I ever did). */
export interface ChecklistView {
  answers: CompetenceAnswers;
  suggestions: CompetenceSuggestion[];
  updatedAt: string | null;
}

/**
 * Reads my competence checklist in a community (facilitators). It is private by construction: the only way to
 * it is through the reader's own identity, so nobody else's can be asked for.
 */
export async function readMyChecklist(stores: Stores, principal: Principal, communityId: string): Promise<ChecklistView> {
  await authorize(stores, principal, communityId, 'checklist.self');
  const stored = await stores.checklists.get(principal.tenantId, communityId, principal.userId);
  const answers = stored?.answers ?? {};
  return { answers, suggestions: competenceSuggestions(answers), updatedAt: stored?.updatedAt ?? null };
}

/** Saves my answers (facilitators); bad input is refused with its field paths and changes nothing. */
export async function saveMyChecklist(
  stores: Stores,
  principal: Principal,
  communityId: string,
  input: unknown,
  now: string,
): Promise<ChecklistView> {
  await authorize(stores, principal, communityId, 'checklist.self');
  const { answers } = parseInput(competenceChecklistInput, input);
  await stores.checklists.put(principal.tenantId, communityId, principal.userId, { answers, updatedAt: now });
  return { answers, suggestions: competenceSuggestions(answers), updatedAt: now };
}
