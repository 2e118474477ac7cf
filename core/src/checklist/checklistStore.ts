import type { CompetenceAnswers } from './competenceChecklist';

/** A facilitator's checklist as stored: their answers and when they last saved them. */
export interface StoredChecklist {
  answers: CompetenceAnswers;
  updatedAt: string;
}

/** Storage port for the competence checklist: one private row per person and community. */
export interface ChecklistStore {
  get(tenantId: string, communityId: string, userId: string): Promise<StoredChecklist | undefined>;
  put(tenantId: string, communityId: string, userId: string, checklist: StoredChecklist): Promise<void>;
}
