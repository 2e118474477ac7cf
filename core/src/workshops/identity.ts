import { z } from 'zod';
import { type FieldKit, completeKit, draftKit, personField } from './fieldKit';

/** Workshop 1 — Identity and purpose (Identité et raison d'être). */
export const aims = ['mutualHelp', 'sharePractices', 'produce', 'innovate'] as const;
export const membershipPolicies = ['open', 'onRequest', 'invitation', 'closed'] as const;
export const participationLevelKinds = ['core', 'active', 'peripheral'] as const;
export const lifespans = ['openEnded', 'untilDate', 'untilDeliverable'] as const;
export const communityLanguages = ['fr', 'en', 'both'] as const;

function shape(f: FieldKit) {
  return z.strictObject({
    name: f.text(60),
    tagline: f.text(140),
    domain: f.text(300),
    purposeStatement: f.text(400),
    aim: f.list(z.enum(aims), 1, 2),
    memberProfile: f.text(500),
    membershipPolicy: f.choice(membershipPolicies),
    joinSteps: f.text(300),
    participationLevels: f.list(z.strictObject({ level: f.choice(participationLevelKinds), expectation: f.text(200) }), 0, 3),
    values: f.list(z.strictObject({ label: f.text(30), meaning: f.text(200) }), 3, 5),
    successIn12Months: f.text(600),
    inScope: f.list(f.text(120), 1, 10),
    outOfScope: f.list(f.text(120), 1, 10),
    sponsors: f.list(z.strictObject({ person: personField(f), role: f.text(80), expectations: f.text(300) }), 1, 3),
    lifespan: f.choice(lifespans),
    reviewDate: f.date({ optional: true }),
    languages: f.choice(communityLanguages, { optional: true }),
  });
}

export const identityDraft = shape(draftKit).partial();
export const identityComplete = shape(completeKit);
export type IdentityDraft = z.infer<typeof identityDraft>;
