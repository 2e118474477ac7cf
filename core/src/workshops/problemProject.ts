import { z } from 'zod';
import { type FieldKit, completeKit, draftKit, personField } from './fieldKit';

/** Workshop 2 — Problem and project (Problème et projet). */
export const deliverableTypes = ['template', 'standard', 'tool', 'guide', 'training', 'example', 'other'] as const;

function shape(f: FieldKit) {
  return z.strictObject({
    needsSurveyPollId: f.text(64, { optional: true }),
    problems: f.list(
      z.strictObject({
        statement: f.text(250),
        whoIsAffected: f.text(200),
        evidence: f.text(400),
        severity: f.int(1, 5),
      }),
      1,
      10,
    ),
    priorityPollId: f.text(64, { optional: true }),
    projectTitle: f.text(100),
    objectives: f.list(f.text(200), 1, 3),
    deliverables: f.list(
      z.strictObject({
        type: f.choice(deliverableTypes),
        description: f.text(200),
        owner: personField(f, { optional: true }),
        due: f.date({ optional: true }),
      }),
      1,
      8,
    ),
    milestones: f.list(z.strictObject({ label: f.text(100), date: f.date() }), 2, 10),
    resources: z.strictObject({
      hoursPerMemberPerMonth: f.int(0, 200),
      facilitatorHoursPerWeek: f.int(0, 60),
      budget: f.int(0, 100_000_000),
      people: f.text(300, { optional: true }),
    }),
    risks: f.list(z.strictObject({ risk: f.text(200), likelihood: f.int(1, 3), mitigation: f.text(200) }), 0, 8),
    baselines: f.list(z.strictObject({ indicator: f.text(120), value: f.text(40), date: f.date(), source: f.text(120) }), 1, 8),
  });
}

export const problemProjectDraft = shape(draftKit).partial();
export const problemProjectComplete = shape(completeKit);
export type ProblemProjectDraft = z.infer<typeof problemProjectDraft>;
