import { z } from 'zod';
import type { Author } from '../community/author';
import type { DecisionType } from '../decisions/decisionKinds';
import type { AdviceVerdict } from './adviceVerdict';

/** How members answer a poll. */
export const pollMethods = ['consent', 'single', 'multiple', 'score', 'ranked', 'dots', 'advice'] as const;
export type PollMethod = (typeof pollMethods)[number];

/** Methods whose members choose among the poll's own options. */
export const methodsWithOptions: readonly PollMethod[] = ['single', 'multiple', 'ranked', 'dots'];

/** The fixed answers of a consent poll; abstaining means "the group can decide without me" (WORKSHOPS.md §4). */
export const consentAnswers = ['agree', 'concern', 'object', 'abstain'] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];

/**
 * The answers of an advice process: advice given (as text), or none to give. The proposer then decides and
 * records the decision with its rationale (WORKSHOPS.md §4).
 */
export const adviceAnswers = ['given', 'none'] as const;
export type AdviceAnswer = (typeof adviceAnswers)[number];

/** Score polls use fist-to-five: 0 (block) to 5 (full support). */
export const scoreMax = 5;

/** What a poll can adopt into the charter. */
export const pollSubjects = ['charter', 'purpose', 'decisionMatrix'] as const;

/** Body of `POST /api/communities/{id}/polls`; anything left out defaults from workshop 4. */
export const createPollInput = z
  .strictObject({
    question: z.string().trim().min(1).max(300),
    details: z.string().trim().max(1000).optional(),
    /** A row of workshop 4's decision matrix: method, quorum, period, anonymity and hidden results come from it. */
    decisionType: z.string().trim().min(1).max(80).optional(),
    /** Required without a decision type; with one, it must be the row's. */
    method: z.enum(pollMethods).optional(),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(10).optional(),
    dots: z.number().int().min(1).max(20).optional(),
    quorumPct: z.number().int().min(0).max(100).optional(),
    votingDays: z.number().int().min(1).max(21).optional(),
    anonymous: z.boolean().optional(),
    hideResultsUntilClose: z.boolean().optional(),
    subject: z.enum(pollSubjects).optional(),
    /** The workshop this poll asks the group to adopt, if any. */
    workshop: z.number().int().min(1).max(6).optional(),
    /** Advice process: the members whose advice the proposer asks for by name (user ids). */
    consulted: z.array(z.string().trim().min(1).max(100)).min(1).max(30).optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.method && !input.decisionType) ctx.addIssue({ code: 'custom', path: ['method'], params: { key: 'validation.required' } });
    if (input.method) for (const issue of optionIssues(input.method, input)) ctx.addIssue(issue);
  });

/** What is wrong with a poll's options for its method (as zod issues, so the tab shows them on the field). */
export function optionIssues(method: PollMethod, input: { options?: string[]; dots?: number; consulted?: string[] }) {
  const issues: { code: 'custom'; path: string[]; params: { key: string } }[] = [];
  const issue = (path: string, key: string) => issues.push({ code: 'custom', path: [path], params: { key } });
  const needsOptions = methodsWithOptions.includes(method);
  if (needsOptions && !input.options) issue('options', 'validation.optionsRequired');
  if (!needsOptions && input.options) issue('options', 'validation.optionsNotAllowed');
  if (input.options && new Set(input.options.map((o) => o.toLocaleLowerCase())).size !== input.options.length)
    issue('options', 'validation.optionsDuplicate');
  if (input.dots !== undefined && method !== 'dots') issue('dots', 'validation.optionsNotAllowed');
  if (input.consulted !== undefined && method !== 'advice') issue('consulted', 'validation.optionsNotAllowed');
  return issues;
}
export type CreatePollInput = z.infer<typeof createPollInput>;

export interface PollOption {
  id: string;
  label: string;
}

/** A decision poll as stored. */
export interface Poll {
  id: string;
  tenantId: string;
  communityId: string;
  question: string;
  details: string | null;
  method: PollMethod;
  options: PollOption[];
  /** Dots each member may spread (dot votes only). */
  dots: number;
  quorumPct: number;
  anonymous: boolean;
  hideResultsUntilClose: boolean;
  subject: (typeof pollSubjects)[number] | null;
  /** The workshop put to the group, and its version when the poll opened. */
  workshop: number | null;
  workshopVersion: number | null;
  /** People who could vote when the poll opened. */
  eligible: number;
  status: 'open' | 'closed';
  createdAt: string;
  createdBy: Author;
  closesAt: string;
  closedAt: string | null;
  /** Hours before closing when non-voters get a personal reminder (0: none). */
  reminderHoursBeforeClose?: number;
  /** The decision-log number recorded at close. */
  decisionNumber: number | null;
  /** The decision-matrix row (workshop 4) the poll was opened under; absent in older polls. */
  decisionType?: DecisionType | null;
  /** What abstaining means (workshop 4) when the poll opened; absent in older polls: present for the quorum. */
  abstention?: 'countsForQuorumOnly' | 'notCounted';
  /** What an objection must contain (workshop 4), shown where a member objects. */
  objectionRule?: string | null;
  /** Advice process: who the proposer asked for advice by name (anyone may still give it). */
  consulted?: Author[];
  /** Advice process: what the proposer decided, and why, recorded when closing. */
  verdict?: AdviceVerdict | null;
  /** Where the bot posted the poll's card, so it can replace it when the poll closes. */
  posts?: { conversationId: string; activityId: string }[];
  /** The community's facilitators when the poll opened: Teams refreshes their card automatically (absent in older polls). */
  facilitatorIds?: string[];
}
