import type { ImpactDraft } from '../../workshops/impact';
import { valueCycles } from '../../workshops/impact';
import { type Indicator, measureOf } from '../../workshops/indicatorMeasure';
import { type Block, bullets, paragraph, table } from './documentModel';
import { dayOf, type Words } from './format';
import { datesWithin } from './schedule';
import { cell, chapter, filled, filledItems } from './sectionKit';

/** Anonymity floor: aggregates are never shown below 5 answers, whatever a workshop says. */
export const minimumRespondents = 5;

/** The number of answers below which an aggregate stays hidden: 5, or the community's own higher rule. */
export function anonymityThreshold(d: ImpactDraft): number {
  return Math.max(minimumRespondents, d.pulse?.minRespondents ?? 0);
}

const monthsPer = { month: 1, quarter: 3, semester: 6, year: 12 } as const;

/** Chapter 6 — impact and evaluation (workshop 6). `now` starts the measurement calendar. */
export function impactChapter(w: Words, d: ImpactDraft, now: string): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch6'),
    [],
    [
      [t('doc.charter.ch6.indicators'), indicatorBlocks(w, d)],
      [t('doc.charter.ch6.calendar'), calendarBlocks(w, d, now)],
      [t('doc.charter.ch6.pulse'), pulseBlocks(w, d)],
      [
        t('doc.charter.ch6.anonymity'),
        d.pulse?.minRespondents === undefined ? [] : [paragraph(t('doc.impact.anonymity', { n: anonymityThreshold(d) }))],
      ],
      [t('doc.charter.ch6.compass'), compassBlocks(w, d)],
      [t('doc.charter.ch6.reporting'), reportingBlocks(w, d)],
    ],
  );
}

/** Indicators per value cycle, in the cycles' order (immediate → transformative). */
/** Where an indicator's figures come from: its source, and exactly which of Élan's data or "entered by hand". */
function sourceText(w: Words, indicator: Indicator): string {
  if (!indicator.source) return '—';
  const source = w.t(`doc.indicatorSource.${indicator.source}`);
  // These labels already say the figures are entered by hand.
  if (indicator.source === 'manual' || indicator.source === 'autoPosts') return source;
  const measure = measureOf(indicator);
  const what = measure ? w.t(`doc.indicatorMeasure.${measure}`, { item: indicator.pulseItem ?? '' }) : w.t('doc.indicatorMeasure.byHand');
  return w.t('doc.indicatorSource.measured', { source, what });
}

export function indicatorTable(w: Words, indicators: NonNullable<ImpactDraft['indicators']>, extra?: (name: string) => string): Block {
  const sorted = filledItems(indicators).sort(
    (a, b) => valueCycles.indexOf(a.cycle ?? 'transformative') - valueCycles.indexOf(b.cycle ?? 'transformative'),
  );
  const columns: [string, number][] = [
    [w.t('doc.impact.cycle'), 1.6],
    [w.t('doc.impact.indicator'), 3],
    [w.t('doc.impact.source'), 1.6],
    [w.t('doc.impact.baseline'), 1.2],
    [w.t('doc.impact.target'), 1.1],
    [w.t('doc.impact.frequency'), 1.5],
  ];
  if (extra) columns.splice(4, 0, [w.t('doc.impact.latest'), 1.2]);
  return table(
    columns,
    sorted.map((i) => {
      const row = [
        i.cycle ? w.t(`doc.cycle.${i.cycle}`) : '—',
        w.blank(i.definition) ? cell(i.name) : `${cell(i.name)} — ${i.definition}`,
        sourceText(w, i),
        cell(i.baseline),
        cell(i.target),
        i.frequency ? w.t(`doc.indicatorFrequency.${i.frequency}`) : '—',
      ];
      if (extra) row.splice(4, 0, extra(i.name ?? ''));
      return row;
    }),
  );
}

function indicatorBlocks(w: Words, d: ImpactDraft): Block[] {
  return filledItems(d.indicators).length === 0 ? [] : [indicatorTable(w, d.indicators ?? [])];
}

/**
 * The next twelve months of measurement. Workshop 6 stores frequencies, not dates: the compass anchors the
 * series (its first date), and the document date does when there is none.
 */
function calendarBlocks(w: Words, d: ImpactDraft, now: string): Block[] {
  const today = dayOf(now);
  const anchor = d.compassSchedule?.firstDate ?? today;
  const events: { date: string; what: string }[] = [];
  const add = (months: number | undefined, what: string) => {
    if (months) for (const date of datesWithin(anchor, months, today, 12)) events.push({ date, what });
  };
  add(d.compassSchedule?.firstDate ? d.compassSchedule.everyMonths : undefined, w.t('doc.calendar.compass'));
  add(d.pulse?.frequency ? monthsPer[d.pulse.frequency] : undefined, w.t('doc.calendar.pulse'));
  add(d.storyCollection?.frequency ? monthsPer[d.storyCollection.frequency] : undefined, w.t('doc.calendar.stories'));
  add(d.reportCadence ? monthsPer[d.reportCadence] : undefined, w.t('doc.calendar.report'));
  if (events.length === 0) return [];
  events.sort((a, b) => a.date.localeCompare(b.date) || a.what.localeCompare(b.what));
  return [
    table(
      [
        [w.t('doc.calendar.date'), 1],
        [w.t('doc.calendar.what'), 3],
      ],
      events.map((e) => [w.date(e.date), e.what]),
    ),
    paragraph(w.t('doc.calendar.note', { date: w.date(anchor) }), 'note'),
  ];
}

function pulseBlocks(w: Words, d: ImpactDraft): Block[] {
  const out: Block[] = [];
  const items = filled(d.pulse?.itemIds).length;
  if (d.pulse?.frequency)
    out.push(paragraph(w.t('doc.impact.pulse', { n: items, frequency: w.t(`doc.pulseFrequency.${d.pulse.frequency}`) })));
  const s = d.storyCollection;
  if (s?.frequency && s.consentDefault) {
    out.push(
      paragraph(
        w.t('doc.impact.stories', {
          owner: cell(s.owner?.name),
          frequency: w.t(`doc.pulseFrequency.${s.frequency}`),
          consent: w.t(`doc.storyConsent.${s.consentDefault}`),
        }),
      ),
    );
  }
  return out;
}

function compassBlocks(w: Words, d: ImpactDraft): Block[] {
  const c = d.compassSchedule;
  if (!c?.firstDate || !c.everyMonths) return [];
  return [paragraph(w.t('doc.impact.compass', { date: w.date(c.firstDate), n: c.everyMonths }))];
}

function reportingBlocks(w: Words, d: ImpactDraft): Block[] {
  const audience = filled(d.reportAudience);
  const out: Block[] = [];
  if (d.reportCadence) out.push(paragraph(w.t('doc.impact.reportCadence', { cadence: w.t(`doc.reportCadence.${d.reportCadence}`) })));
  if (audience.length > 0) out.push(paragraph(w.t('doc.impact.reportAudience')), bullets(audience));
  return out;
}
