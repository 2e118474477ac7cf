import type { DecisionRecord } from '../decisions/decision';
import type { NotebookRef } from '../notebooks/notebook';
import { monthIn } from './monthlyDue';

/** An approved notebook as the summary names it: its title and where it is, nothing of its content. */
export interface MonthlyNotebook {
  notebookId: string;
  /** As its authors typed it; blank when they gave none. */
  title: string;
  ref: NotebookRef;
  /** When it was first approved (and announced in the channel): the moment it became the community's record. */
  approvedAt: string;
}

/** A decision of the log as the summary tells it: the outcome and participation as counts, never who voted what. */
export interface MonthlyDecision {
  number: number;
  question: string;
  outcome: DecisionRecord['outcome'];
  /** The result in words (the chosen option's label, an advice's rationale). */
  result: string;
  /** The facilitator's outcome statement; null while none is written. */
  statement: string | null;
  /** Distinct people who answered, and who could. */
  voters: number;
  eligible: number;
  decidedAt: string;
}

/** The next meeting of any series. */
export interface MonthlyMeeting {
  startsAt: string;
  seriesName: string | null;
}

/** Everything a monthly summary could speak of, read from storage for one community (see `loadMonthlyFacts`). */
export interface MonthlyFacts {
  communityId: string;
  communityName: string;
  /** The community's time zone, where its months begin and end and its meetings are told. */
  timeZone: string;
  notebooks: MonthlyNotebook[];
  decisions: MonthlyDecision[];
  nextMeeting: MonthlyMeeting | null;
}

/** What one month's summary says. */
export interface MonthlyContent {
  communityId: string;
  communityName: string;
  /** The month summarised, YYYY-MM. */
  month: string;
  timeZone: string;
  notebooks: MonthlyNotebook[];
  decisions: MonthlyDecision[];
  nextMeeting: MonthlyMeeting | null;
}

/**
 * What the summary of `month` (the community's calendar month) says, or null when nothing happened: the notebooks
 * first approved and the decisions taken that month, oldest first. The next meeting rides along but does not make a
 * summary on its own: a quiet community would otherwise hear the same date every month.
 */
export function monthlyContent(facts: MonthlyFacts, month: string): MonthlyContent | null {
  const inMonth = (iso: string) => monthIn(iso, facts.timeZone) === month;
  const notebooks = facts.notebooks.filter((n) => inMonth(n.approvedAt)).sort((a, b) => a.approvedAt.localeCompare(b.approvedAt));
  const decisions = facts.decisions.filter((d) => inMonth(d.decidedAt)).sort((a, b) => a.number - b.number);
  if (notebooks.length === 0 && decisions.length === 0) return null;
  return {
    communityId: facts.communityId,
    communityName: facts.communityName,
    month,
    timeZone: facts.timeZone,
    notebooks,
    decisions,
    nextMeeting: facts.nextMeeting,
  };
}
