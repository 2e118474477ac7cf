import type { BarsChart } from '../charter/chartSpec';
import { type Block, bullets, heading, paragraph, table } from '../charter/documentModel';
import { dayOf, type Words } from '../charter/format';
import { indicatorTable } from '../charter/impactChapter';
import { filledItems } from '../charter/sectionKit';
import type { ImpactDraft } from '../../workshops/impact';
import { valueCycles } from '../../workshops/impact';
import { compassDimensions, type DimensionScore } from '../../compass/compass';
import type { CompassAssessment, ImpactReportInput } from './impactReportInput';

/** The first number in a target such as "80 %" or "≥ 4"; undefined for "yes/no" targets. */
export function numericTarget(text: string | undefined): number | undefined {
  const match = /-?\d+(?:[.,]\d+)?/.exec(text ?? '');
  return match ? Number(match[0].replace(',', '.')) : undefined;
}

/** The latest measurement of each indicator, by indicator name. */
function latestByIndicator(input: ImpactReportInput): Map<string, number> {
  const latest = new Map<string, { date: string; value: number }>();
  for (const m of input.measurements) {
    const seen = latest.get(m.indicator);
    if (!seen || m.date > seen.date) latest.set(m.indicator, m);
  }
  return new Map([...latest].map(([k, v]) => [k, v.value]));
}

/** Section 3 — indicators per value cycle: progress toward each target (chart), then the full table. */
export function indicatorSection(w: Words, input: ImpactReportInput, impact: ImpactDraft, title: string): Block[] {
  const t = w.t;
  const out: Block[] = [heading(1, title)];
  const indicators = filledItems(impact.indicators);
  if (indicators.length === 0) return [...out, paragraph(t('doc.report.noIndicators'), 'toComplete')];
  const latest = latestByIndicator(input);
  const groups: BarsChart['groups'] = valueCycles
    .map((cycle) => ({
      label: t(`doc.cycle.${cycle}`),
      bars: indicators
        .filter((i) => i.cycle === cycle && latest.has(i.name ?? '') && (numericTarget(i.target) ?? 0) > 0)
        .map((i) => {
          const value = Math.round((latest.get(i.name ?? '')! / numericTarget(i.target)!) * 100);
          return { label: i.name ?? '', value, display: t('doc.percent', { n: value }) };
        }),
    }))
    .filter((g) => g.bars.length > 0);
  if (groups.length > 0) {
    const max = Math.min(200, Math.max(100, ...groups.flatMap((g) => g.bars.map((b) => b.value))));
    out.push({
      type: 'figure',
      chart: { kind: 'bars', yLabel: t('doc.report.ofTarget'), reference: { value: 100, label: t('doc.report.target') }, max, groups },
      alt: t('doc.report.indicatorsAlt', { n: groups.reduce((sum, g) => sum + g.bars.length, 0) }),
      caption: t('doc.report.indicatorsCaption'),
    });
  } else {
    out.push(paragraph(t('doc.report.noMeasurements'), 'note'));
  }
  out.push(indicatorTable(w, indicators, (name) => (latest.has(name) ? w.number(latest.get(name)!) : '—')));
  return out;
}

/** Section 4 — survey results, each shown only from the anonymity threshold. */
export function surveySection(w: Words, input: ImpactReportInput, threshold: number, title: string): Block[] {
  const t = w.t;
  const out: Block[] = [heading(1, title), paragraph(t('doc.report.anonymityRule', { n: threshold }), 'note')];
  if (input.surveys.length === 0) return [...out, paragraph(t('doc.report.noData'), 'note')];
  for (const s of [...input.surveys].sort((a, b) => a.closedAt.localeCompare(b.closedAt))) {
    out.push(heading(2, t('doc.report.surveyHeading', { title: s.title, date: w.date(dayOf(s.closedAt)) })));
    if (s.respondents < threshold) {
      out.push(paragraph(t('doc.report.notEnough', { n: s.respondents, min: threshold }), 'note'));
      continue;
    }
    out.push(paragraph(t('doc.report.respondents', { n: s.respondents, eligible: s.eligible })));
    if (s.items.length > 0) {
      out.push(
        table(
          [
            [t('doc.report.statement'), 5],
            [t('doc.report.mean'), 1],
            [t('doc.report.agree'), 1],
          ],
          s.items.map((i) => [i.label, w.number(i.mean), t('doc.percent', { n: Math.round(i.agreePct) })]),
        ),
      );
    }
    if (s.openAnswers.length > 0) out.push(paragraph(t('doc.report.openAnswers')), bullets(s.openAnswers));
  }
  return out;
}

/** Section 5 — the compass radar, first run against the latest, from reportable runs only. */
export function compassSection(w: Words, input: ImpactReportInput, threshold: number, title: string): Block[] {
  const t = w.t;
  const out: Block[] = [heading(1, title)];
  if (input.compass.length === 0) return [...out, paragraph(t('doc.report.noData'), 'note')];
  const runs = [...input.compass].sort((a, b) => a.date.localeCompare(b.date));
  const shown = (r: CompassAssessment): r is CompassAssessment & { scores: NonNullable<CompassAssessment['scores']> } =>
    r.scores !== null && r.respondents >= threshold;
  for (const r of runs.filter((x) => !shown(x))) {
    out.push(paragraph(t('doc.report.compassNotEnough', { date: w.date(dayOf(r.date)), n: r.respondents, min: threshold }), 'note'));
  }
  const reportable = runs.filter(shown);
  if (reportable.length === 0) return out;
  const first = reportable[0]!;
  const latest = reportable.at(-1)!;
  const pair = first === latest ? [first] : [first, latest];
  const axes = compassDimensions.map((d) => t(`doc.compass.${d}`));
  out.push({
    type: 'figure',
    chart: {
      kind: 'radar',
      axes,
      min: 1,
      max: 5,
      // A dimension nobody rated is drawn at the centre; the table says "—".
      series: pair.map((run) => ({ name: w.date(dayOf(run.date)), values: compassDimensions.map((d) => run.scores[d]?.median ?? 1) })),
    },
    alt: t('doc.report.compassAlt', { first: w.date(dayOf(first.date)), latest: w.date(dayOf(latest.date)) }),
    caption: t('doc.report.compassCaption'),
  });
  const score = (s: DimensionScore | null | undefined) => (s ? w.number(s.median) : '—');
  out.push(
    table(
      [
        [t('doc.report.dimension'), 4],
        [w.date(dayOf(first.date)), 2],
        [w.date(dayOf(latest.date)), 2],
        [t('doc.report.change'), 1],
        [t('doc.report.spread'), 1],
        [t('doc.report.band'), 2],
      ],
      compassDimensions.map((d, i) => {
        const before = first.scores[d];
        const now = latest.scores[d];
        const change = before && now && first !== latest ? now.median - before.median : undefined;
        return [
          axes[i]!,
          score(before),
          score(now),
          change === undefined ? '—' : `${change > 0 ? '+' : ''}${w.number(change)}`,
          now ? `${w.number(now.min)}–${w.number(now.max)}` : '—',
          now ? t(`doc.band.${bandOf(now.median)}`) : '—',
        ];
      }),
    ),
  );
  return out;
}

/** Reading bands of WORKSHOPS.md §7: below 2.5 priority, up to 3.5 watch, above strength. */
export function bandOf(score: number): 'priority' | 'watch' | 'strength' {
  if (score < 2.5) return 'priority';
  return score <= 3.5 ? 'watch' : 'strength';
}
