import type { DecisionRecord } from '../../decisions/decision';
import { filledItems } from '../charter/sectionKit';
import type { ImpactDraft } from '../../workshops/impact';
import type { IndicatorMeasurement, MeetingRecord, SurveyResult, ValueStory } from './impactReportInput';

/** What Élan itself saw, from which it measures the indicators whose source is automatic, a pulse or stories. */
export interface MeasurementSources {
  meetings: readonly MeetingRecord[];
  decisions: readonly DecisionRecord[];
  surveys: readonly SurveyResult[];
  stories: readonly ValueStory[];
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part * 100) / whole) : 0);
const mean = (xs: readonly number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/**
 * Measures workshop 6's indicators from what Élan records, in the units their targets use: attendance and
 * poll participation in percent (one value per meeting or decision), a pulse as the mean of its statements
 * (1–5, only pulses shown past their threshold), stories as the running count of those consented to the
 * report. Channel posts, organisation data and manual indicators are not measured here.
 */
export function autoMeasurements(impact: ImpactDraft, sources: MeasurementSources): IndicatorMeasurement[] {
  const out: IndicatorMeasurement[] = [];
  for (const indicator of filledItems(impact.indicators)) {
    const name = indicator.name ?? '';
    if (!name) continue;
    switch (indicator.source) {
      case 'autoAttendance':
        for (const m of sources.meetings) out.push({ indicator: name, date: m.date, value: percent(m.attendees, m.eligible) });
        break;
      case 'autoVotes':
        for (const d of sources.decisions)
          if (d.pollId) out.push({ indicator: name, date: d.decidedAt, value: percent(d.voters, d.eligible) });
        break;
      case 'pulse':
        for (const s of sources.surveys)
          if (s.items.length > 0) out.push({ indicator: name, date: s.closedAt, value: mean(s.items.map((i) => i.mean)) });
        break;
      case 'story': {
        const published = sources.stories.filter((s) => s.consent !== 'internal').sort((a, b) => a.date.localeCompare(b.date));
        published.forEach((s, i) => out.push({ indicator: name, date: s.date, value: i + 1 }));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
