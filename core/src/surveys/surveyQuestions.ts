import type { MessageKey } from '../i18n/fr';
import { satisfactionQuestions } from './satisfaction/satisfactionQuestions';
import { type PulseItem, type Survey, storyConsents } from './survey';

/** How a question is answered. */
export type QuestionType = 'likert' | 'text' | 'choice' | 'multi' | 'nominations';

/** One question of a survey; its wording is a catalog key, options are ids whose labels are `${key}.${id}`. */
export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  key: MessageKey;
  options?: readonly string[];
  required?: boolean;
  /** The facilitator's own wording (satisfaction surveys), shown instead of the catalog's: user content, kept as typed. */
  text?: string;
}

/** At most this many people or organisations per snowball answer (the guide's "name up to 5"). */
export const maxNominations = 5;
export const nomineeKinds = ['person', 'organisation'] as const;
/** The three statements of the members' facilitation feedback (speaking room, organisation, usefulness). */
export const feedbackItems = ['speak', 'organised', 'useful'] as const;
export const needsLimits = ['time', 'schedule', 'tech', 'manager', 'other'] as const;

const pulseQuestion = (item: PulseItem): SurveyQuestion =>
  item === 'P15' ? { id: item, type: 'text', key: 'survey.pulse.P15' } : { id: item, type: 'likert', key: `survey.pulse.${item}` };

/** The questions a survey asks, derived from its kind so stored surveys never drift from the catalogs. */
export function surveyQuestions(survey: Pick<Survey, 'kind' | 'items' | 'statements'>): SurveyQuestion[] {
  switch (survey.kind) {
    case 'needs':
      return [
        { id: 'situation', type: 'text', key: 'survey.needs.situation' },
        { id: 'bring', type: 'text', key: 'survey.needs.bring' },
        { id: 'limits', type: 'multi', key: 'survey.needs.limits', options: needsLimits },
      ];
    case 'snowball':
      return [{ id: 'nominees', type: 'nominations', key: 'survey.snowball.prompt', required: true }];
    case 'pulse':
      return survey.items.map(pulseQuestion);
    case 'story':
      return [
        ...(['s1', 's2', 's3', 's4', 's5'] as const).map((id): SurveyQuestion => ({ id, type: 'text', key: `survey.story.${id}` })),
        { id: 'consent', type: 'choice', key: 'survey.story.consent', options: storyConsents, required: true },
      ];
    case 'checkout':
      return [
        { id: 'useful', type: 'likert', key: 'survey.checkout.useful', required: true },
        { id: 'takeaway', type: 'text', key: 'survey.checkout.takeaway' },
      ];
    case 'feedback':
      return [
        ...feedbackItems.map((id): SurveyQuestion => ({ id, type: 'likert', key: `survey.feedback.${id}`, required: true })),
        { id: 'improve', type: 'text', key: 'survey.feedback.improve' },
      ];
    case 'satisfaction':
      return satisfactionQuestions(survey.statements ?? []);
  }
}

/** Whether members answer in a dialog (long forms) rather than on the card itself. */
export function answersInDialog(survey: Pick<Survey, 'kind'>): boolean {
  return survey.kind === 'needs' || survey.kind === 'snowball' || survey.kind === 'story';
}
