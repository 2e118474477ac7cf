import type {
  MyAnswersView,
  SurveyListView,
  SurveyOpenedView,
  SurveyQuestionView as SurveyQuestion,
  SurveySummary,
  SurveyView,
} from '@elan/core/contract';
import type { CreateSurveyInput, SurveyKind } from '@elan/core/surveys/survey';
import type { SurveyAnswers } from '@elan/core/surveys/surveyAnswers';
import type { ApiClient } from '../api/client';

const surveys = (id: string) => `/api/communities/${encodeURIComponent(id)}/surveys`;
const survey = (id: string, surveyId: string) => `${surveys(id)}/${encodeURIComponent(surveyId)}`;

// The wire shapes are core's (the API presenters are typed with them), imported as types only.
export type { SurveyKind, SurveyQuestion, SurveySummary, SurveyView };

/** An answer value as members give it: a rating, a choice, a text, choices or nominees. */
export type AnswerValue = SurveyAnswers[string];

/** `POST /api/communities/{id}/surveys` (facilitators) → the survey and the card posted to the channel. */
export async function createSurvey(api: ApiClient, id: string, input: CreateSurveyInput): Promise<SurveyOpenedView> {
  return (await api.request<SurveyOpenedView>('POST', surveys(id), { body: input })).data;
}

/** `GET /api/communities/{id}/surveys`. */
export async function listSurveys(api: ApiClient, id: string): Promise<SurveySummary[]> {
  return (await api.request<SurveyListView>('GET', surveys(id))).data.surveys;
}

/** `GET /api/communities/{id}/surveys/{surveyId}`. */
export async function getSurvey(api: ApiClient, id: string, surveyId: string): Promise<SurveyView> {
  return (await api.request<SurveyView>('GET', survey(id, surveyId))).data;
}

/** `GET …/surveys/{surveyId}/responses/mine`: my answers, or null when I have not answered (404). */
export async function getMyAnswers(api: ApiClient, id: string, surveyId: string): Promise<Record<string, AnswerValue> | null> {
  try {
    return (await api.request<MyAnswersView>('GET', `${survey(id, surveyId)}/responses/mine`)).data.answers;
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
  await api.request<SurveyView>('POST', `${survey(id, surveyId)}/close`);
}
