import type { Nominee } from '@elan/core/surveys/surveyAnswers';
import type { ApiClient } from '../api/client';
import type { T } from '../i18n/types';
import { type AnswerValue, getMyAnswers, getSurvey, listSurveys, type SurveyQuestion, type SurveySummary } from './surveyEndpoints';
import { optionLabel, questionText } from './surveyStatus';

/** One of my answers to show: the question as asked, and what I said, as text. */
export interface AnswerRow {
  id: string;
  question: string;
  answer: string;
}

/** A survey I answered: its questions and my answers. */
export interface AnsweredSurvey {
  survey: SurveySummary;
  questions: SurveyQuestion[];
  answers: Record<string, AnswerValue>;
}

const isNominee = (v: unknown): v is Nominee => typeof v === 'object' && v !== null && typeof (v as Nominee).name === 'string';

/** An answer as text: choices by their label, nominees by name (and kind), lists joined; nothing as a dash. */
export function answerText(q: Pick<SurveyQuestion, 'key' | 'type'> | undefined, value: AnswerValue | undefined, t: T): string {
  if (value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((v: string | Nominee) =>
        isNominee(v) ? `${v.name} (${t(`survey.snowball.kind.${v.kind}`)})${v.why ? ` — ${v.why}` : ''}` : q ? optionLabel(q, v, t) : v,
      )
      .join(q?.type === 'nominations' ? '\n' : ', ');
  }
  if (typeof value === 'string' && q && (q.type === 'choice' || q.type === 'multi')) return optionLabel(q, value, t);
  return String(value);
}

/** My answers in question order; answers to questions the survey no longer lists keep their id as the question. */
export function answerRows(questions: readonly SurveyQuestion[], answers: Readonly<Record<string, AnswerValue>>, t: T): AnswerRow[] {
  const known = questions
    .filter((q) => q.id in answers)
    .map((q) => ({ id: q.id, question: questionText(q, t), answer: answerText(q, answers[q.id], t) }));
  const asked = new Set(questions.map((q) => q.id));
  const other = Object.entries(answers)
    .filter(([id]) => !asked.has(id))
    .map(([id, value]) => ({ id, question: id, answer: answerText(undefined, value, t) }));
  return [...known, ...other];
}

/**
 * Every survey of the community that I answered, newest first, with the questions' wording. The list says which
 * ones I answered; for those, my answers and the questions are read.
 */
export async function loadMyAnswers(api: ApiClient, communityId: string): Promise<AnsweredSurvey[]> {
  const surveys = await listSurveys(api, communityId);
  const answered = await Promise.all(
    surveys
      .filter((s) => s.answeredByMe !== false)
      .map(async (survey) => {
        const answers = await getMyAnswers(api, communityId, survey.id);
        if (!answers) return undefined;
        const view = await getSurvey(api, communityId, survey.id);
        return { survey, questions: view.questions, answers };
      }),
  );
  return answered.filter((a): a is AnsweredSurvey => a !== undefined).sort((a, b) => b.survey.createdAt.localeCompare(a.survey.createdAt));
}
