import { z } from 'zod';
import type { Author } from '../community/author';
import { type SatisfactionStatement, satisfactionInvitationInput, satisfactionStatementsInput } from './satisfaction/satisfactionInput';

/** What a survey asks members for (workshops 2, 5 and 6, the ritual check-out, the members' facilitation feedback and satisfaction). */
export const surveyKinds = ['needs', 'snowball', 'pulse', 'story', 'checkout', 'feedback', 'satisfaction'] as const;
export type SurveyKind = (typeof surveyKinds)[number];

/** The pulse item bank of WORKSHOPS.md §6: P1–P14 are Likert statements, P15 is open. */
export const pulseItems = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15'] as const;
export type PulseItem = (typeof pulseItems)[number];
/** Items used when workshop 6 chose none: a balanced eight, as the guide suggests. */
export const defaultPulseItems: readonly PulseItem[] = ['P1', 'P2', 'P4', 'P5', 'P6', 'P7', 'P10', 'P14'];

/** Aggregates appear from this many answers unless the community chose more. */
export const defaultSurveyThreshold = 5;
/** Never lower: below three, an aggregate points at individuals. */
export const minSurveyThreshold = 3;

/** Kinds about one meeting: they carry its `meetingDate`. */
export const meetingSurveyKinds: readonly SurveyKind[] = ['checkout', 'feedback'];

/** Story consent levels (WORKSHOPS.md §6): who may read a story, and with whose name. */
export const storyConsents = ['internal', 'reportAnonymised', 'reportNamed'] as const;
export type StoryConsent = (typeof storyConsents)[number];

/** Body of `POST /api/communities/{id}/surveys`. */
export const createSurveyInput = z
  .strictObject({
    kind: z.enum(surveyKinds),
    items: z.array(z.enum(pulseItems)).min(1).max(15).optional(),
    threshold: z.number().int().min(minSurveyThreshold).max(50).optional(),
    durationDays: z.number().int().min(1).max(60).optional(),
    meetingDate: z.iso.date().optional(),
    /** Satisfaction surveys: the statements asked (the bank's default selection when absent). */
    statements: satisfactionStatementsInput.optional(),
    /** Satisfaction surveys: the invitation shown at the top of the card (the catalog's intro when absent). */
    invitation: satisfactionInvitationInput.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.items && input.kind !== 'pulse')
      ctx.addIssue({ code: 'custom', path: ['items'], params: { key: 'validation.optionsNotAllowed' } });
    if (input.items && new Set(input.items).size !== input.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], params: { key: 'validation.optionsDuplicate' } });
    if (input.meetingDate && !meetingSurveyKinds.includes(input.kind))
      ctx.addIssue({ code: 'custom', path: ['meetingDate'], params: { key: 'validation.optionsNotAllowed' } });
    // Feedback is about one meeting: without its date, members would not know which one.
    if (!input.meetingDate && input.kind === 'feedback')
      ctx.addIssue({ code: 'custom', path: ['meetingDate'], params: { key: 'validation.required' } });
    for (const field of ['statements', 'invitation'] as const)
      if (input[field] !== undefined && input.kind !== 'satisfaction')
        ctx.addIssue({ code: 'custom', path: [field], params: { key: 'satisfaction.error.onlySatisfaction' } });
  });
export type CreateSurveyInput = z.infer<typeof createSurveyInput>;

/** A survey as stored. Its questions follow from its kind and items (see surveyQuestions.ts). */
export interface Survey {
  id: string;
  tenantId: string;
  communityId: string;
  kind: SurveyKind;
  /** Pulse statements asked, in order (pulse surveys only). */
  items: PulseItem[];
  /** Answers needed before any aggregate is shown. */
  threshold: number;
  /** The meeting a check-out pulse or a facilitation feedback is about. */
  meetingDate: string | null;
  status: 'open' | 'closed';
  createdAt: string;
  createdBy: Author;
  closesAt: string;
  closedAt: string | null;
  /** Satisfaction surveys: the statements asked, in order, with the facilitator's wording (absent for other kinds). */
  statements?: SatisfactionStatement[];
  /** Satisfaction surveys: the facilitator's invitation, shown at the top of the card; null for the catalog's intro. */
  invitation?: string | null;
  /** Where the bot posted the survey card. */
  posts?: { conversationId: string; activityId: string }[];
  /** Snowball surveys: how many nominees went to workshop 5 when it closed. */
  proposedStakeholders?: number;
  /** The community's facilitators when the survey opened: Teams refreshes their card automatically (absent in older surveys). */
  facilitatorIds?: string[];
}

/** How long a survey stays open when the facilitator does not say. */
export const defaultSurveyDays: Record<SurveyKind, number> = {
  needs: 14,
  snowball: 14,
  pulse: 10,
  story: 30,
  checkout: 3,
  feedback: 3,
  satisfaction: 14,
};
