import type { DecisionRecord } from '../../decisions/decision';
import { filledItems } from '../charter/sectionKit';
import type { ImpactDraft, IndicatorMeasure } from '../../workshops/impact';
import { type Indicator, measureOf } from '../../workshops/indicatorMeasure';
import type { IndicatorMeasurement, MeetingRecord, SurveyResult, ValueStory } from './impactReportInput';

/** What Élan itself saw, from which it measures the indicators that name its own data. */
export interface MeasurementSources {
  meetings: readonly MeetingRecord[];
  decisions: readonly DecisionRecord[];
  surveys: readonly SurveyResult[];
  stories: readonly ValueStory[];
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part * 100) / whole) : 0);

/** A running count, one value per event in date order. */
function runningCount(indicator: string, dates: readonly string[]): IndicatorMeasurement[] {
  return [...dates].sort().map((date, i) => ({ indicator, date, value: i + 1 }));
}

/** One indicator's values over time, each from the data it names only. */
function measure(name: string, indicator: Indicator, what: IndicatorMeasure, sources: MeasurementSources): IndicatorMeasurement[] {
  const adopted = (d: DecisionRecord) => d.outcome === 'adopted';
  switch (what) {
    case 'attendance':
      return sources.meetings.map((m) => ({ indicator: name, date: m.date, value: percent(m.attendees, m.eligible) }));
    case 'meetingUsefulness':
      return sources.meetings.flatMap((m) => (m.usefulness === undefined ? [] : [{ indicator: name, date: m.date, value: m.usefulness }]));
    case 'pollParticipation':
      return sources.decisions.flatMap((d) =>
        d.pollId ? [{ indicator: name, date: d.decidedAt, value: percent(d.voters, d.eligible) }] : [],
      );
    case 'deliverablesAdopted':
      return runningCount(
        name,
        sources.decisions.filter((d) => adopted(d) && d.decisionType?.kind === 'deliverable').map((d) => d.decidedAt),
      );
    case 'charterRevisions':
      return runningCount(
        name,
        sources.decisions.filter((d) => adopted(d) && d.subject === 'charter').map((d) => d.decidedAt),
      );
    case 'pulseItem':
      return sources.surveys.flatMap((s) =>
        s.items.filter((i) => i.itemId === indicator.pulseItem).map((i) => ({ indicator: name, date: s.closedAt, value: i.mean })),
      );
    case 'stories':
      return runningCount(
        name,
        sources.stories.filter((s) => s.consent !== 'internal').map((s) => s.date),
      );
  }
}

/**
 * Workshop 6's indicators over time: those naming Élan's own data are measured from it, in the units their
 * targets use (percent, a 1–5 mean, a running count); the others take only what facilitators entered by hand.
 */
export function autoMeasurements(impact: ImpactDraft, sources: MeasurementSources): IndicatorMeasurement[] {
  const out: IndicatorMeasurement[] = [];
  for (const indicator of filledItems(impact.indicators)) {
    const name = indicator.name ?? '';
    if (!name) continue;
    const what = measureOf(indicator);
    if (what) out.push(...measure(name, indicator, what, sources));
    else
      for (const m of impact.measurements ?? [])
        if (m.indicator === name && m.date && m.value !== undefined) out.push({ indicator: name, date: m.date, value: m.value });
  }
  return out;
}
