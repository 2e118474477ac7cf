import type { ImpactDraft, IndicatorMeasure } from './impact';

/** One indicator of workshop 6. */
export type Indicator = NonNullable<ImpactDraft['indicators']>[number];

/**
 * The data an indicator names: its `measure` when set (the starters set one), else what its source alone can
 * only mean (attendance, poll participation, stories); null when Élan has no data for it (entered by hand).
 * A pulse indicator without its statement has none: the mean of every statement would measure nothing.
 */
export function measureOf(indicator: Indicator): IndicatorMeasure | null {
  if (indicator.measure) return indicator.measure === 'pulseItem' && !indicator.pulseItem ? null : indicator.measure;
  switch (indicator.source) {
    case 'autoAttendance':
      return 'attendance';
    case 'autoVotes':
      return 'pollParticipation';
    case 'story':
      return 'stories';
    default:
      return null;
  }
}
