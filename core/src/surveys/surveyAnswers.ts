import { z } from 'zod';
import { maxNominations, nomineeKinds, type SurveyQuestion } from './surveyQuestions';

/** A nominee in a snowball answer. */
export interface Nominee {
  name: string;
  kind: (typeof nomineeKinds)[number];
  why?: string;
}

export type AnswerValue = number | string | string[] | Nominee[];
export type SurveyAnswers = Record<string, AnswerValue>;

const textAnswer = z.string().trim().min(1).max(1000);
const nominee = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(nomineeKinds),
  why: z.string().trim().max(200).optional(),
});

function valueSchema(q: SurveyQuestion): z.ZodType {
  switch (q.type) {
    case 'likert':
      return z.number().int().min(1).max(5);
    case 'text':
      return textAnswer;
    case 'choice':
      return z.enum(q.options as [string, ...string[]]);
    case 'multi':
      return z
        .array(z.enum(q.options as [string, ...string[]]))
        .min(1)
        .max(q.options!.length)
        .refine((list) => new Set(list).size === list.length, { params: { key: 'validation.optionsDuplicate' } });
    case 'nominations':
      return z.array(nominee).min(1).max(maxNominations);
  }
}

/**
 * The schema of `{answers}` for a survey's questions: known ids only, required ones present, and at
 * least one answer (an empty form is not an answer).
 */
export function surveyAnswersInput(questions: readonly SurveyQuestion[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const q of questions) shape[q.id] = q.required ? valueSchema(q) : valueSchema(q).optional();
  return z.strictObject({
    answers: z
      .strictObject(shape)
      .refine((answers) => Object.values(answers).some((v) => v !== undefined), { params: { key: 'survey.error.empty' } }),
  });
}

/**
 * Turns the flat string inputs of a card or dialog (`q.<id>`, `q.<id>.<n>.name`…) into answers for
 * the schema above. Empty inputs are left out; malformed ones are passed on for the schema to reject.
 */
export function answersFromCard(questions: readonly SurveyQuestion[], data: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  for (const q of questions) {
    const raw = str(data[`q.${q.id}`]);
    switch (q.type) {
      case 'likert':
        if (raw !== undefined && raw !== '') answers[q.id] = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
        break;
      case 'text':
      case 'choice':
        if (raw !== undefined && raw !== '') answers[q.id] = raw;
        break;
      case 'multi':
        // Input.ChoiceSet with isMultiSelect sends "a,b".
        if (typeof raw === 'string' && raw !== '') answers[q.id] = raw.split(',');
        else if (raw !== undefined && raw !== '') answers[q.id] = raw;
        break;
      case 'nominations': {
        const list: Record<string, unknown>[] = [];
        for (let n = 1; n <= maxNominations; n++) {
          const name = str(data[`q.${q.id}.${n}.name`]);
          if (name === undefined || name === '') continue;
          const why = str(data[`q.${q.id}.${n}.why`]);
          list.push({ name, kind: str(data[`q.${q.id}.${n}.kind`]) || 'person', ...(why ? { why } : {}) });
        }
        if (list.length) answers[q.id] = list;
        break;
      }
    }
  }
  return { answers };
}
