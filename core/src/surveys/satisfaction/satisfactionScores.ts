import { type CompassDimension, compassDimensions, median } from '../../compass/compass';
import type { Survey } from '../survey';
import type { SurveyResponse } from '../surveyResults';

/**
 * A satisfaction survey's score per compass dimension: per respondent, the mean of their ratings of the statements
 * feeding it; then the median across respondents (as compass scores are read). Null below the survey's threshold,
 * so nobody's ratings can be inferred; a dimension no statement feeds, or nobody rated, is null.
 */
export function satisfactionScores(
  survey: Pick<Survey, 'statements' | 'threshold'>,
  responses: readonly SurveyResponse[],
): Record<CompassDimension, number | null> | null {
  if (responses.length < survey.threshold) return null;
  const statements = survey.statements ?? [];
  const scores = {} as Record<CompassDimension, number | null>;
  for (const dimension of compassDimensions) {
    const ids = statements.filter((s) => s.dimension === dimension).map((s) => s.id);
    const perRespondent = responses
      .map((r) => ids.map((id) => r.answers[id]).filter((v): v is number => typeof v === 'number'))
      .filter((values) => values.length > 0)
      .map((values) => values.reduce((a, b) => a + b, 0) / values.length);
    scores[dimension] = perRespondent.length ? median(perRespondent) : null;
  }
  return scores;
}
