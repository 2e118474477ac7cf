import { isMessageKey } from '@elan/core/i18n/translate';
import type { QuestionResult } from '@elan/core/surveys/surveyResults';
import type { T } from '../i18n/types';
import type { SurveyQuestion, SurveySummary } from './surveyEndpoints';

/** Where a survey stands for its readers: below the anonymity threshold (and how many more answers), or showable. */
export type SurveyStanding = { shown: false; needed: number } | { shown: true };

/**
 * Aggregates show only from the threshold of respondents (anonymity rule); below it, how many more are needed.
 * Stories are not aggregates: each shows at the consent level its author chose, from the first one.
 */
export function standingOf(survey: Pick<SurveySummary, 'kind' | 'respondents' | 'threshold'>): SurveyStanding {
  const needed = survey.kind === 'story' ? 0 : Math.max(0, survey.threshold - survey.respondents);
  return needed > 0 ? { shown: false, needed } : { shown: true };
}

/** Newest first, open ones before closed ones, only the kinds asked for (all when `kinds` is undefined). */
export function surveysToShow<S extends Pick<SurveySummary, 'kind' | 'status' | 'createdAt'>>(
  all: readonly S[],
  kinds?: readonly string[],
): S[] {
  return all
    .filter((s) => !kinds || kinds.includes(s.kind))
    .sort((a, b) => (a.status === b.status ? b.createdAt.localeCompare(a.createdAt) : a.status === 'open' ? -1 : 1));
}

/** A question's wording: the facilitator's own when they wrote one, else the catalog key's in the reader's language. */
export function questionText(q: Pick<SurveyQuestion, 'id' | 'key' | 'text'>, t: T): string {
  if (q.text) return q.text;
  return isMessageKey(q.key) ? t(q.key) : q.id;
}

/** The label of one of a question's options (`${key}.${option}` in the catalogs), or the option id. */
export function optionLabel(q: Pick<SurveyQuestion, 'key'>, option: string, t: T): string {
  const key = `${q.key}.${option}`;
  return isMessageKey(key) ? t(key) : option;
}

/** One line of a question's aggregate: a label (a choice, a rating, a name) with its count, or a text. */
export interface ResultLine {
  label: string;
  count?: number;
}

/** A question's aggregate, ready to show: the mean of a rating, and its lines. */
export interface ShownResult {
  id: string;
  text: string;
  answered: number;
  mean?: number;
  lines: ResultLine[];
}

/** The aggregates of a survey's questions, in question order, with wording and labels in the reader's language. */
export function shownResults(questions: readonly SurveyQuestion[], results: readonly QuestionResult[], t: T): ShownResult[] {
  return questions.flatMap((q): ShownResult[] => {
    const r = results.find((x) => x.id === q.id);
    if (!r) return [];
    const base = { id: q.id, text: questionText(q, t), answered: r.answered };
    switch (r.type) {
      case 'likert':
        return [
          {
            ...base,
            ...(r.mean === null ? {} : { mean: r.mean }),
            lines: Object.entries(r.counts).map(([label, count]) => ({ label, count })),
          },
        ];
      case 'choice':
      case 'multi':
        return [{ ...base, lines: Object.entries(r.counts).map(([option, count]) => ({ label: optionLabel(q, option, t), count })) }];
      case 'text':
        return [{ ...base, lines: r.texts.map((label) => ({ label })) }];
      case 'nominations':
        return [{ ...base, lines: r.nominees.map((n) => ({ label: n.name, count: n.count })) }];
    }
  });
}
