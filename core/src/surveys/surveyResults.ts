import type { Role } from '../community/community';
import type { Nominee, SurveyAnswers } from './surveyAnswers';
import type { StoryConsent, Survey } from './survey';
import { type SurveyQuestion, surveyQuestions } from './surveyQuestions';

/** A stored answer: the answers, and the author's name only when they consented to be quoted by name. */
export interface SurveyResponse {
  answers: SurveyAnswers;
  authorName?: string;
}

export type QuestionResult =
  | { id: string; type: 'likert'; answered: number; counts: Record<string, number>; mean: number | null }
  | { id: string; type: 'choice' | 'multi'; answered: number; counts: Record<string, number> }
  | { id: string; type: 'text'; answered: number; texts: string[] }
  | {
      id: string;
      type: 'nominations';
      answered: number;
      nominees: { name: string; kind: Nominee['kind']; count: number; reasons: string[] }[];
    };

/** A value-creation story as its readers may see it. */
export interface StoryView {
  answers: Record<string, string>;
  consent: StoryConsent;
  /** Present only for stories whose author chose to be named. */
  author?: string;
}

export interface SurveyResults {
  questions: QuestionResult[];
  /** Story surveys: the stories this reader may read. */
  stories?: StoryView[];
}

/** Folds names that differ only by case, accents or spacing, so nominations of one actor add up. */
export function nomineeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function questionResult(q: SurveyQuestion, responses: readonly SurveyResponse[]): QuestionResult {
  const values = responses.map((r) => r.answers[q.id]).filter((v) => v !== undefined);
  switch (q.type) {
    case 'likert': {
      const counts: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
      for (const v of values) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      const nums = values as number[];
      const mean = nums.length ? Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 10) / 10 : null;
      return { id: q.id, type: 'likert', answered: values.length, counts, mean };
    }
    case 'choice':
    case 'multi': {
      const counts = Object.fromEntries((q.options ?? []).map((o) => [o, 0]));
      for (const v of values) for (const o of Array.isArray(v) ? (v as string[]) : [v as string]) counts[o] = (counts[o] ?? 0) + 1;
      return { id: q.id, type: q.type, answered: values.length, counts };
    }
    case 'text':
      // Sorted, never in answer order, so a text cannot be matched to when someone answered.
      return {
        id: q.id,
        type: 'text',
        answered: values.length,
        texts: (values as string[]).slice().sort((a, b) => a.localeCompare(b, 'fr')),
      };
    case 'nominations': {
      const byKey = new Map<
        string,
        { name: string; kind: Nominee['kind']; count: number; reasons: string[]; spellings: Map<string, number> }
      >();
      for (const list of values as Nominee[][])
        for (const n of list) {
          const key = nomineeKey(n.name);
          const entry = byKey.get(key) ?? {
            name: n.name,
            kind: n.kind,
            count: 0,
            reasons: [] as string[],
            spellings: new Map<string, number>(),
          };
          entry.count += 1;
          entry.spellings.set(n.name, (entry.spellings.get(n.name) ?? 0) + 1);
          if (n.why) entry.reasons.push(n.why);
          byKey.set(key, entry);
        }
      const nominees = [...byKey.values()]
        .map(({ spellings, ...entry }) => ({ ...entry, name: bestSpelling(spellings) }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
      // Sorted texts never reveal answer order; reasons are sorted for the same reason.
      for (const n of nominees) n.reasons.sort((a, b) => a.localeCompare(b, 'fr'));
      return { id: q.id, type: 'nominations', answered: values.length, nominees };
    }
  }
}

/**
 * The spelling to show for an actor named several ways: the most frequent, then the most careful one
 * (mixed case, then accents), so "Comité des usagers" wins over "COMITE DES USAGERS" whatever the answer order.
 */
function bestSpelling(spellings: Map<string, number>): string {
  const care = (s: string) =>
    (s !== s.toUpperCase() && s !== s.toLowerCase() ? 1000 : 0) + (s.normalize('NFD').match(/\p{M}/gu)?.length ?? 0);
  return [...spellings].sort(([a, na], [b, nb]) => nb - na || care(b) - care(a) || a.localeCompare(b, 'fr'))[0]![0];
}

/** Which story consent levels a reader may see: sponsors and documents only what authors allowed in a report. */
function storyVisible(consent: StoryConsent, role: Role | 'report'): boolean {
  return consent !== 'internal' || (role !== 'sponsor' && role !== 'report');
}

/**
 * The results a reader may see, or null while fewer people answered than the threshold. Stories are not
 * aggregates: each is shown at the consent level its author picked, from the first one.
 */
export function surveyResults(survey: Survey, responses: readonly SurveyResponse[], reader: Role | 'report'): SurveyResults | null {
  if (survey.kind === 'story') {
    const stories = responses
      .map((r): StoryView => {
        const consent = r.answers.consent as StoryConsent;
        const answers = Object.fromEntries(Object.entries(r.answers).filter(([k]) => k !== 'consent')) as Record<string, string>;
        return { answers, consent, ...(consent === 'reportNamed' && r.authorName ? { author: r.authorName } : {}) };
      })
      .filter((s) => storyVisible(s.consent, reader))
      .sort((a, b) => JSON.stringify(a.answers).localeCompare(JSON.stringify(b.answers)));
    return { questions: [], stories };
  }
  if (responses.length < survey.threshold) return null;
  return { questions: surveyQuestions(survey).map((q) => questionResult(q, responses)) };
}

/** How many more answers are needed before aggregates appear (0 once shown, and for stories). */
export function answersNeeded(survey: Survey, respondents: number): number {
  return survey.kind === 'story' ? 0 : Math.max(0, survey.threshold - respondents);
}
