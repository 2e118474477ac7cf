import { localClock } from '../digest/digestDue';
import type { RitualsDraft } from '../workshops/rituals';
import { isTimeZone } from './schedule';

/** When workshop 3 chose the question of the month but left the day or time empty: the 1st, at 9:00. */
export const defaultQuestionDay = 1;
export const defaultQuestionTime = '09:00';
/** Where a community's month runs when workshop 3 gives no time zone yet (as the weekly digest). */
export const defaultQuestionTimeZone = 'Europe/Brussels';
/** A timer that missed the chosen day still posts within this many days; later, the month goes without. */
export const catchUpDays = 7;

/** What the bot needs to post the question of the month: when, in which zone, and the questions in rotation. */
export interface QuestionOfMonthPlan {
  /** Day of the month, 1–28. */
  day: number;
  /** HH:MM in `timeZone`. */
  time: string;
  /** The community's time zone: its main meeting series' (workshop 3). */
  timeZone: string;
  /** At least one question, in rotation order. */
  questions: string[];
}

/** The plan of workshop 3's question of the month, or null when the activity is not chosen or no question is written. */
export function questionOfMonthPlan(w3: RitualsDraft): QuestionOfMonthPlan | null {
  if (!w3.betweenMeetings?.includes('questionOfMonth')) return null;
  const questions = (w3.questionOfMonth?.questions ?? []).map((q) => q?.trim() ?? '').filter((q) => q.length > 0);
  if (questions.length === 0) return null;
  const zone = w3.firstMeeting?.timeZone;
  return {
    day: w3.questionOfMonth?.day ?? defaultQuestionDay,
    time: w3.questionOfMonth?.time ?? defaultQuestionTime,
    timeZone: zone && isTimeZone(zone) ? zone : defaultQuestionTimeZone,
    questions,
  };
}

/**
 * The question for a month (YYYY-MM): they rotate by calendar month, the first in January, the second in February…,
 * so twelve questions make a year and fewer start over (three: January, April, July and October get the first).
 */
export function questionForMonth(questions: readonly string[], month: string): string {
  const index = (Number(month.slice(5, 7)) - 1) % questions.length;
  return questions[index] ?? questions[0] ?? '';
}

/**
 * The month (YYYY-MM, the community's) whose question is due at `now`, or null: from the chosen day and time, wall
 * clock of the community's time zone (so daylight saving moves the UTC instant, never the local hour), and for
 * `catchUpDays` more days when the timer missed it. Whether it already went out is the claim's business.
 */
export function questionOfMonthDue(plan: Pick<QuestionOfMonthPlan, 'day' | 'time' | 'timeZone'>, now: Date): string | null {
  const clock = localClock(now, plan.timeZone);
  const month = clock.day.slice(0, 7);
  const day = Number(clock.day.slice(8, 10));
  if (day < plan.day || day > plan.day + catchUpDays) return null;
  return day > plan.day || clock.time >= plan.time ? month : null;
}
