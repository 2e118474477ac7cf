import type { MessageKey } from '../../i18n/fr';
import { type Locale, translate } from '../../i18n/translate';
import type { Survey } from '../../surveys/survey';
import { type SurveyQuestion, surveyQuestions } from '../../surveys/surveyQuestions';
import type { SurveyResponse } from '../../surveys/surveyResults';
import type { StoryConsent, SurveyResult, ValueCycle, ValueStory } from './impactReportInput';

/** A survey with its stored answers, as read for a document. */
export interface SurveyWithResponses {
  survey: Survey;
  responses: SurveyResponse[];
}

const storyPrompts = ['s1', 's2', 's3', 's4', 's5'] as const;
// A story "reaches" the cycle of the furthest prompt its author answered (WORKSHOPS.md §6 template).
const promptCycle: Record<(typeof storyPrompts)[number], ValueCycle> = {
  s1: 'immediate',
  s2: 'potential',
  s3: 'applied',
  s4: 'realised',
  s5: 'transformative',
};
const titleLength = 80;

const dayOfSurvey = (survey: Survey) => survey.closedAt ?? survey.createdAt;

/**
 * Pulse, needs and satisfaction surveys as the impact report shows them: Likert means with the share who agree
 * (4–5) and open answers, only once the survey's own threshold is reached; below it, the count alone.
 */
export function reportSurveys(entries: readonly SurveyWithResponses[], eligible: number, locale: Locale): SurveyResult[] {
  return entries
    .filter(({ survey }) => survey.kind === 'pulse' || survey.kind === 'needs' || survey.kind === 'satisfaction')
    .map(({ survey, responses }) => {
      const shown = responses.length >= survey.threshold;
      const questions = surveyQuestions(survey);
      const values = (q: SurveyQuestion) => responses.map((r) => r.answers[q.id]).filter((v) => v !== undefined);
      const items = shown
        ? questions
            .filter((q) => q.type === 'likert')
            .flatMap((q) => {
              const nums = values(q) as number[];
              if (nums.length === 0) return [];
              const mean = Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 10) / 10;
              return [
                {
                  // A satisfaction statement the facilitator reworded is reported as they worded it.
                  label: q.text ?? translate(locale, q.key),
                  mean,
                  agreePct: Math.round((nums.filter((n) => n >= 4).length * 100) / nums.length),
                  itemId: q.id,
                },
              ];
            })
        : [];
      const openAnswers = shown
        ? questions
            .filter((q) => q.type === 'text')
            .flatMap((q) => values(q) as string[])
            .sort((a, b) => a.localeCompare(b, locale))
        : [];
      return {
        id: survey.id,
        title: translate(locale, `survey.title.${survey.kind}` as MessageKey),
        closedAt: dayOfSurvey(survey),
        respondents: responses.length,
        eligible,
        items,
        openAnswers,
      };
    });
}

/**
 * Value-creation stories for the report, each with the consent its author chose (the report prints only
 * consented ones and counts the rest). Authors are named only when they chose it; no user id is carried.
 */
export function reportStories(entries: readonly SurveyWithResponses[], locale: Locale): ValueStory[] {
  return entries
    .filter(({ survey }) => survey.kind === 'story')
    .flatMap(({ survey, responses }) =>
      responses.map((r, i): ValueStory => {
        const answered = storyPrompts.filter((p) => typeof r.answers[p] === 'string' && (r.answers[p] as string).trim() !== '');
        const consent = r.answers.consent as StoryConsent;
        const first = answered.length ? (r.answers[answered[0]!] as string) : '';
        return {
          id: `${survey.id}-${i + 1}`,
          date: dayOfSurvey(survey),
          title: first.length > titleLength ? `${first.slice(0, titleLength - 1).trimEnd()}…` : first,
          cycle: answered.length ? promptCycle[answered[answered.length - 1]!] : 'immediate',
          text: answered.map((p) => `${translate(locale, `survey.story.${p}`)} ${r.answers[p] as string}`).join('\n'),
          author: { userId: '', name: consent === 'reportNamed' ? (r.authorName ?? '') : '' },
          consent,
        };
      }),
    );
}
