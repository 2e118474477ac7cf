import { z } from 'zod';
import { type FieldKit, completeKit, draftKit, personField } from './fieldKit';

/** Workshop 5 — Ecosystem mapping (Cartographie de l'écosystème). */
export const stakeholderKinds = ['person', 'organisation', 'community', 'resource', 'funder', 'decisionBody'] as const;
export const dispositions = ['champion', 'supportive', 'neutral', 'sceptical', 'opposed', 'unknown'] as const;
export const relationshipTypes = ['collaborates', 'funds', 'regulates', 'informs', 'represents', 'other'] as const;

function shape(f: FieldKit) {
  return z.strictObject({
    stakeholders: f.list(
      z.strictObject({
        id: z.string().min(1).max(36),
        name: f.text(100),
        kind: f.choice(stakeholderKinds),
        inTeams: f.bool({ optional: true }),
        tags: f.list(f.text(30), 0, 8),
        power: f.int(1, 5),
        interest: f.int(1, 5),
        disposition: f.choice(dispositions),
        relationshipOwner: personField(f, { optional: true }),
        notes: f.text(300, { optional: true }),
      }),
      5,
      300,
    ),
    relationships: f.list(
      z.strictObject({
        from: z.string().min(1).max(36),
        to: z.string().min(1).max(36),
        type: f.choice(relationshipTypes),
        strength: f.int(1, 3),
      }),
      0,
      1000,
    ),
    engagementPlan: f.list(
      z.strictObject({
        stakeholderId: z.string().min(1).max(36),
        action: f.text(200),
        channel: f.text(60),
        frequency: f.text(40),
        owner: personField(f),
        nextDate: f.date({ optional: true }),
      }),
      1,
      100,
    ),
    nominationsPollId: f.text(64, { optional: true }),
    /** Actors named in snowball surveys, waiting for the group to rate and add them (or dismiss them). */
    proposedStakeholders: f.list(
      z.strictObject({
        id: z.string().min(1).max(36),
        name: f.text(100),
        kind: f.choice(stakeholderKinds),
        nominations: f.int(1, 100000),
        reasons: f.list(f.text(200), 0, 10),
      }),
      0,
      300,
    ),
  });
}

export const ecosystemDraft = shape(draftKit).partial();
export const ecosystemComplete = shape(completeKit);
export type EcosystemDraft = z.infer<typeof ecosystemDraft>;
