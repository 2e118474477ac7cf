import type { ChecklistView } from '@elan/core/checklist/checklistCommands';
import type { CompetenceAnswers } from '@elan/core/checklist/competenceChecklist';
import type { ApiClient } from '../api/client';

const mine = (id: string) => `/api/communities/${encodeURIComponent(id)}/checklist/me`;

/** My competence checklist in a community (facilitators). */
export async function getMyChecklist(api: ApiClient, id: string): Promise<ChecklistView> {
  return (await api.request<ChecklistView>('GET', mine(id))).data;
}

/** Saves my answers; the API answers with the suggestions they call for. */
export async function saveMyChecklist(api: ApiClient, id: string, answers: CompetenceAnswers): Promise<ChecklistView> {
  return (await api.request<ChecklistView>('PUT', mine(id), { body: { answers } })).data;
}
