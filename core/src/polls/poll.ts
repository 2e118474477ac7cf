import { z } from 'zod';
import type { Author } from '../community/author';
import type { DecisionType } from '../decisions/decisionKinds';

/** How members answer a poll. */
export const pollMethods = ['consent', 'single', 'multiple', 'score', 'ranked', 'dots'] as const;
export type PollMethod = (typeof pollMethods)[number];

/** Methods whose members choose among the poll's own options. */
export const methodsWithOptions: readonly PollMethod[] = ['single', 'multiple', 'ranked', 'dots'];

/** The fixed answers of a consent poll. */
export const consentAnswers = ['agree', 'concern', 'object'] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];

/** Score polls use fist-to-five: 0 (block) to 5 (full support). */
export const scoreMax = 5;

/** What a poll can adopt into the charter. */
export const pollSubjects = ['charter', 'purpose', 'decisionMatrix'] as const;

/** Body of `POST /api/communities/{id}/polls`; anything left out defaults from workshop 4. */
export const createPollInput = z
  .strictObject({
    question: z.string().trim().min(1).max(300),
    details: z.string().trim().max(1000).optional(),
    method: z.enum(pollMethods),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(10).optional(),
    dots: z.number().int().min(1).max(20).optional(),
    quorumPct: z.number().int().min(0).max(100).optional(),
    votingDays: z.number().int().min(1).max(21).optional(),
    anonymous: z.boolean().optional(),
    hideResultsUntilClose: z.boolean().optional(),
    subject: z.enum(pollSubjects).optional(),
    /** The workshop this poll asks the group to adopt, if any. */
    workshop: z.number().int().min(1).max(6).optional(),
  })
  .superRefine((input, ctx) => {
    const needsOptions = methodsWithOptions.includes(input.method);
    if (needsOptions && !input.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], params: { key: 'validation.optionsRequired' } });
    }
    if (!needsOptions && input.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], params: { key: 'validation.optionsNotAllowed' } });
    }
    if (input.options && new Set(input.options.map((o) => o.toLocaleLowerCase())).size !== input.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], params: { key: 'validation.optionsDuplicate' } });
    }
    if (input.dots !== undefined && input.method !== 'dots') {
      ctx.addIssue({ code: 'custom', path: ['dots'], params: { key: 'validation.optionsNotAllowed' } });
    }
  });
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
  /** Where the bot posted the poll's card, so it can replace it when the poll closes. */
  posts?: { conversationId: string; activityId: string }[];
  /** The community's facilitators when the poll opened: Teams refreshes their card automatically (absent in older polls). */
  facilitatorIds?: string[];
}
