import type { SurveySummary, SurveyView } from '../contract';
import type { Survey } from './survey';
import type { SurveyState } from './surveyCommands';

/** A survey as the API sends it; `results` is null below the anonymity threshold. */
export function presentSurvey(state: SurveyState): SurveyView {
  const { survey } = state;
  return {
    id: survey.id,
    kind: survey.kind,
    status: survey.status,
    items: survey.items,
    meetingDate: survey.meetingDate,
    invitation: survey.invitation ?? null,
    createdAt: survey.createdAt,
    closesAt: survey.closesAt,
    closedAt: survey.closedAt,
    threshold: survey.threshold,
    respondents: state.respondents,
    needed: state.needed,
    questions: state.questions.map((q) => ({
      id: q.id,
      type: q.type,
      key: q.key,
      options: q.options ?? null,
      required: q.required ?? false,
      text: q.text ?? null,
    })),
    results: state.results,
    proposedStakeholders: survey.proposedStakeholders ?? null,
  };
}

/** One line of the survey list. */
export function presentSurveySummary(survey: Survey, respondents: number, answeredByMe: boolean): SurveySummary {
  return {
    id: survey.id,
    kind: survey.kind,
    status: survey.status,
    createdAt: survey.createdAt,
    closesAt: survey.closesAt,
    meetingDate: survey.meetingDate,
    respondents,
    threshold: survey.threshold,
    answeredByMe,
  };
}
