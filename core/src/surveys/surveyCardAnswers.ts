import type { Principal } from '../community/community';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import type { Survey } from './survey';
import { answersFromCard } from './surveyAnswers';
import { answerSurvey, type RespondentView } from './surveyCommands';
import { surveyQuestions } from './surveyQuestions';

// A role change reaches the card's close button within this delay (as for answers).
const membershipMaxAgeMs = 5000;

export interface MayCloseSurveysProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
}

/** Whether this person may close the community's surveys (facilitators), from a membership read a moment ago. */
export async function mayCloseSurveys({ stores, principal, communityId }: MayCloseSurveysProps): Promise<boolean> {
  const membership = await stores.communities.membership(principal.tenantId, communityId, principal.userId, {
    maxAgeMs: membershipMaxAgeMs,
  });
  return can(membership?.role, 'survey.close');
}

export interface CardAnswersProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
  surveyId: string;
  /** The card's or dialog's inputs, as Teams sent them. */
  cardData: Record<string, unknown>;
}

/**
 * A card's (or dialog's) inputs read as answers to its survey's questions, with that survey (undefined, and
 * no answers, when it is gone). Nobody is checked here: answerSurvey checks the person before storing.
 */
export async function cardAnswers({
  stores,
  tenantId,
  communityId,
  surveyId,
  cardData,
}: CardAnswersProps): Promise<{ survey: Survey | undefined; input: Record<string, unknown> }> {
  const found = await stores.surveys.get(tenantId, communityId, surveyId);
  return { survey: found?.survey, input: found ? answersFromCard(surveyQuestions(found.survey), cardData) : {} };
}

export interface AnswerSurveyCardProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  surveyId: string;
  cardData: Record<string, unknown>;
}

/** Records the answers given on a survey card; the person's view then, and whether they may close the survey. */
export async function answerSurveyCard({
  stores,
  principal,
  communityId,
  surveyId,
  cardData,
}: AnswerSurveyCardProps): Promise<{ view: RespondentView; canClose: boolean }> {
  const { input } = await cardAnswers({ stores, tenantId: principal.tenantId, communityId, surveyId, cardData });
  const view = await answerSurvey({ stores, principal, communityId, surveyId, input });
  return { view, canClose: await mayCloseSurveys({ stores, principal, communityId }) };
}
