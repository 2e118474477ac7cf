import { z } from 'zod';
import { decisionKinds } from '../decisions/decisionKinds';
import { type FieldKit, completeKit, draftKit } from './fieldKit';

/** Workshop 4 — Collective decision-making (Processus de prise de décision collective). */
export const deciders = ['allMembers', 'coreGroup', 'workingGroup', 'facilitator', 'sponsor', 'individualWithAdvice'] as const;
export const decisionMethods = [
  'consent',
  'consensus',
  'majority',
  'adviceProcess',
  'senseCheck',
  'score',
  'rankedChoice',
  'dotVote',
] as const;
export const anonymityDefaults = ['named', 'anonymousParticipationVisible'] as const;
export const abstentionMeanings = ['countsForQuorumOnly', 'notCounted'] as const;

function shape(f: FieldKit) {
  const rule = z.strictObject({
    method: f.choice(decisionMethods),
    quorumPct: f.int(0, 100),
    votingDays: f.int(1, 21),
  });
  return z.strictObject({
    decisionMatrix: f.list(
      z.strictObject({
        decisionType: f.text(80),
        /** The starter type the row came from (kept when the community renames it). */
        kind: z.enum(decisionKinds).optional(),
        whoDecides: f.choice(deciders),
        method: f.choice(decisionMethods),
        quorumPct: f.int(0, 100),
        votingDays: f.int(1, 21),
        /** Unset: workshop 4's anonymity default and hidden-results rule apply. */
        anonymous: z.boolean().optional(),
        hideResultsUntilClose: z.boolean().optional(),
      }),
      4,
      20,
    ),
    defaults: rule.extend({ reminderHoursBeforeClose: f.int(0, 168) }),
    anonymityDefault: f.choice(anonymityDefaults),
    hideResultsUntilClose: f.bool(),
    objectionRule: f.text(400),
    abstentionMeaning: f.choice(abstentionMeanings),
    conflictProcess: f.text(500),
    charterAmendment: rule,
    sponsorVeto: f.list(f.text(80), 0, 20),
  });
}

export const decisionsDraft = shape(draftKit).partial();
export const decisionsComplete = shape(completeKit);
export type DecisionsDraft = z.infer<typeof decisionsDraft>;
