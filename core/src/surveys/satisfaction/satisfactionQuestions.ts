import type { SurveyQuestion } from '../surveyQuestions';
import type { SatisfactionStatement } from './satisfactionInput';
import { satisfactionOpenItem } from './satisfactionItems';

/**
 * The questions of a satisfaction survey, in the facilitator's order: Likert statements (the open bank item as a
 * text); a reworded or own statement carries its wording, shown instead of the catalog's.
 */
export function satisfactionQuestions(statements: readonly SatisfactionStatement[]): SurveyQuestion[] {
  return statements.map((s): SurveyQuestion => {
    const own = s.id.startsWith('own');
    return {
      id: s.id,
      type: s.id === satisfactionOpenItem ? 'text' : 'likert',
      key: own ? 'satisfaction.item.own' : (`satisfaction.item.${s.id}` as SurveyQuestion['key']),
      ...(s.text !== null ? { text: s.text } : {}),
    };
  });
}
