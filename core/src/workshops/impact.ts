import { z } from 'zod';
import { pulseItems } from '../surveys/survey';
import { type FieldKit, completeKit, draftKit, personField } from './fieldKit';

/** Workshop 6 — Individual and collective impact (Mesure d'impact individuel et collectif). */
export const valueCycles = ['immediate', 'potential', 'applied', 'realised', 'transformative'] as const;
export const indicatorSources = ['autoAttendance', 'autoVotes', 'checkout', 'autoPosts', 'pulse', 'story', 'orgData', 'manual'] as const;
/**
 * Exactly which of Élan's own data measures an indicator (WORKSHOPS.md §6). Without one, an indicator whose
 * source Élan cannot see (channel posts, the organisation's data, manual) is entered by hand.
 */
export const indicatorMeasures = [
  'attendance',
  'meetingUsefulness',
  'pollParticipation',
  'deliverablesAdopted',
  'charterRevisions',
  'pulseItem',
  'stories',
] as const;
export type IndicatorMeasure = (typeof indicatorMeasures)[number];
export const indicatorFrequencies = ['meeting', 'month', 'quarter', 'semester', 'year'] as const;
export const pulseFrequencies = ['month', 'quarter', 'semester'] as const;
export const storyConsents = ['internal', 'reportAnonymised', 'reportNamed'] as const;
export const reportCadences = ['semester', 'year'] as const;

function shape(f: FieldKit) {
  return z.strictObject({
    indicators: f.list(
      z.strictObject({
        name: f.text(100),
        cycle: f.choice(valueCycles),
        definition: f.text(250),
        source: f.choice(indicatorSources),
        measure: f.choice(indicatorMeasures, { optional: true }),
        /** The pulse statement a `pulseItem` indicator is the mean of. */
        pulseItem: f.choice(pulseItems, { optional: true }),
        baseline: f.text(40, { optional: true }),
        target: f.text(40),
        frequency: f.choice(indicatorFrequencies),
      }),
      3,
      15,
    ),
    pulse: z.strictObject({
      itemIds: f.list(f.text(40), 4, 15),
      frequency: f.choice(pulseFrequencies),
      minRespondents: f.int(5, 1000),
    }),
    storyCollection: z.strictObject({
      owner: personField(f),
      frequency: f.choice(pulseFrequencies),
      consentDefault: f.choice(storyConsents),
    }),
    /** `openedByHand`: the facilitators open each run themselves; otherwise Élan opens it when due and posts it. */
    compassSchedule: z.strictObject({ firstDate: f.date(), everyMonths: f.int(3, 12), openedByHand: f.bool({ optional: true }) }),
    reportAudience: f.list(f.text(120), 1, 10),
    /** Values the facilitators record by hand, for indicators Élan cannot measure. */
    measurements: f.list(
      z.strictObject({ indicator: f.text(100), date: f.date(), value: z.number().finite().gte(-1e9).lte(1e9).optional() }),
      0,
      500,
    ),
    reportCadence: f.choice(reportCadences),
  });
}

const complete = shape(completeKit);
/** Complete also needs at least one indicator in each of the first four value cycles. */
export const impactComplete = complete.superRefine((value, ctx) => {
  for (const cycle of valueCycles.slice(0, 4)) {
    if (!value.indicators.some((i) => i.cycle === cycle)) {
      ctx.addIssue({ code: 'custom', path: ['indicators'], params: { key: 'validation.cycleMissing', cycle } });
    }
  }
});
export const impactDraft = shape(draftKit).partial();
export type ImpactDraft = z.infer<typeof impactDraft>;
