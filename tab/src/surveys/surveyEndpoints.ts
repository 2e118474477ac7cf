import type { SurveyAnswers } from '@elan/core/surveys/surveyAnswers';
import type { SurveyResults } from '@elan/core/surveys/surveyResults';
import type { ApiClient } from '../api/client';

const surveys = (id: string) => `/api/communities/${encodeURIComponent(id)}/surveys`;
const survey = (id: string, surveyId: string) => `${surveys(id)}/${encodeURIComponent(surveyId)}`;

/** The kinds of survey Élan posts: W2 needs, W5 snowball nomination, W6 pulse and story, ritual check-out. */
export type SurveyKind = 'needs' | 'snowball' | 'pulse' | 'story' | 'checkout';

/** One survey as `GET …/surveys` lists it. */
export interface SurveySummary {
  id: string;
  kind: SurveyKind;
  status: 'open' | 'closed';
  createdAt: string;
  closesAt: string;
  respondents: number;
  threshold: number;
  /** Whether I answered it (so "my answers" need not ask about every survey). */
  answeredByMe?: boolean;
}

/** One question of a survey: its wording is the catalog key `key`, option labels are `${key}.${option}`. */
export interface SurveyQuestion {
  id: string;
  type: 'likert' | 'text' | 'choice' | 'multi' | 'nominations';
  key: string;
  options: readonly string[] | null;
  required: boolean;
}

/** A survey as `GET …/surveys/{id}` presents it; `results` stays null while below the anonymity threshold. */
export interface SurveyView {
  id: string;
  kind: SurveyKind;
  status: 'open' | 'closed';
  respondents: number;
  threshold: number;
  /** How many more answers are needed before aggregates show. */
  needed: number;
  questions: SurveyQuestion[];
  results: SurveyResults | null;
}

/** Body of `POST …/surveys`. */
export interface NewSurvey {
  kind: SurveyKind;
  items?: string[];
  threshold?: number;
  durationDays?: number;
  meetingDate?: string;
}

/** An answer value as members give it: a rating, a choice, a text, choices or nominees. */
export type AnswerValue = SurveyAnswers[string];

/** `POST /api/communities/{id}/surveys` (facilitators) → the survey and the card posted to the channel. */
export async function createSurvey(
  api: ApiClient,
  id: string,
  input: NewSurvey,
): Promise<{ survey: SurveySummary; card: Record<string, unknown> }> {
  return (await api.request<{ survey: SurveySummary; card: Record<string, unknown> }>('POST', surveys(id), { body: input })).data;
}

/** `GET /api/communities/{id}/surveys`. */
export async function listSurveys(api: ApiClient, id: string): Promise<SurveySummary[]> {
  return (await api.request<{ surveys: SurveySummary[] }>('GET', surveys(id))).data.surveys;
}

/** `GET /api/communities/{id}/surveys/{surveyId}`. */
export async function getSurvey(api: ApiClient, id: string, surveyId: string): Promise<SurveyView> {
  return (await api.request<SurveyView>('GET', survey(id, surveyId))).data;
}

/** `GET …/surveys/{surveyId}/responses/mine`: my answers, or null when I have not answered (404). */
export async function getMyAnswers(api: ApiClient, id: string, surveyId: string): Promise<Record<string, AnswerValue> | null> {
  try {
    return (await api.request<{ answers: Record<string, AnswerValue> }>('GET', `${survey(id, surveyId)}/responses/mine`)).data.answers;
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404) return null;
    throw error;
  }
}

/** `DELETE …/surveys/{surveyId}/responses/mine`: takes my answer back. */
export async function deleteMyAnswers(api: ApiClient, id: string, surveyId: string): Promise<void> {
  await api.request<unknown>('DELETE', `${survey(id, surveyId)}/responses/mine`);
}

/** `POST …/surveys/{surveyId}/close` (facilitators): a closed snowball adds its nominees to workshop 5. */
export async function closeSurvey(api: ApiClient, id: string, surveyId: string): Promise<void> {
  await api.request<unknown>('POST', `${survey(id, surveyId)}/close`);
}
