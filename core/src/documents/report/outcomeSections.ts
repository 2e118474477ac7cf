import { decisionTable } from '../charter/annexes';
import { charterStatus } from '../charter/charterStatus';
import { type Block, bullets, heading, paragraph } from '../charter/documentModel';
import { dayOf, type Words } from '../charter/format';
import { datesWithin } from '../charter/schedule';
import { filledItems } from '../charter/sectionKit';
import type { WorkshopData } from '../charter/workshopData';
import { workshopProgress } from '../../workshops/progress';
import { workshopNumbers } from '../../workshops/registry';
import type { ImpactReportInput } from './impactReportInput';

/** Section 7 — the decisions taken, from the decision log. */
export function decisionsSection(w: Words, input: ImpactReportInput, title: string): Block[] {
  if (input.decisions.length === 0) return [heading(1, title), paragraph(w.t('doc.annex.noDecisions'), 'note')];
  return [heading(1, title), decisionTable(w, input.decisions)];
}

/** Section 8 — what changed since the previous report (or since the community started). */
export function changesSection(w: Words, input: ImpactReportInput, title: string): Block[] {
  const t = w.t;
  const previous = [...input.history].sort((a, b) => a.generatedAt.localeCompare(b.generatedAt)).at(-1);
  const since = previous?.generatedAt ?? input.community.createdAt;
  const items: string[] = [];
  for (const n of workshopNumbers) {
    const stored = input.workshops.find((x) => x.n === n);
    if (stored?.updatedAt && stored.updatedAt > since) items.push(t('doc.report.workshopRevised', { title: t(`workshop.${n}.title`) }));
  }
  const newDecisions = input.decisions.filter((d) => d.decidedAt > since);
  if (newDecisions.length > 0) items.push(t('doc.report.newDecisions', { n: newDecisions.length }));
  const charters = input.charterHistory.filter((r) => r.generatedAt > since).sort((a, b) => a.version - b.version);
  if (charters.length > 0) {
    const last = charters.at(-1)!;
    items.push(t('doc.report.charterVersions', { n: charters.length, version: last.version, date: w.date(last.generatedAt) }));
  }
  const status = charterStatus(input.decisions, input.workshops);
  if (status.kind !== 'draft' && status.decision.decidedAt > since) {
    items.push(t('doc.report.charterAdopted', { date: w.date(status.decision.decidedAt), n: status.decision.number }));
  }
  const intro = paragraph(t(previous ? 'doc.report.sinceReport' : 'doc.report.sinceStart', { date: w.date(since) }));
  return [heading(1, title), intro, items.length > 0 ? bullets(items) : paragraph(t('doc.report.nothingChanged'), 'note')];
}

/**
 * Section 9 — next steps, derived from what the community planned: unfinished workshops, charter adoption,
 * upcoming milestones, engagement actions, the next compass and the next report.
 */
export function nextStepsSection(w: Words, input: ImpactReportInput, data: WorkshopData, title: string): Block[] {
  const t = w.t;
  const today = dayOf(input.now);
  const steps: { date: string; text: string }[] = [];
  for (const n of workshopNumbers) {
    const { state } = workshopProgress(n, input.workshops.find((x) => x.n === n)?.data ?? {});
    if (state !== 'done') steps.push({ date: '', text: t('doc.report.finishWorkshop', { n, title: t(`workshop.${n}.title`) }) });
  }
  if (charterStatus(input.decisions, input.workshops).kind !== 'adopted') steps.push({ date: '', text: t('doc.report.adoptCharter') });
  const upcoming = <T>(items: T[], dateOf: (x: T) => string | undefined) =>
    items
      .filter((x) => (dateOf(x) ?? '') >= today)
      .sort((a, b) => (dateOf(a) ?? '').localeCompare(dateOf(b) ?? ''))
      .slice(0, 3);
  for (const m of upcoming(filledItems(data.problemProject.milestones), (m) => m.date)) {
    steps.push({ date: m.date ?? '', text: t('doc.report.milestone', { label: m.label ?? '—', date: w.date(m.date ?? today) }) });
  }
  const names = new Map(filledItems(data.ecosystem.stakeholders).map((s) => [s.id, s.name ?? '']));
  for (const p of upcoming(filledItems(data.ecosystem.engagementPlan), (p) => p.nextDate)) {
    const stakeholder = names.get(p.stakeholderId ?? '') ?? '—';
    steps.push({
      date: p.nextDate ?? '',
      text: t('doc.report.engage', { stakeholder, action: p.action ?? '—', date: w.date(p.nextDate ?? today) }),
    });
  }
  const compass = data.impact.compassSchedule;
  if (compass?.firstDate && compass.everyMonths) {
    const next = datesWithin(compass.firstDate, compass.everyMonths, today, 24)[0];
    if (next) steps.push({ date: next, text: t('doc.report.nextCompass', { date: w.date(next) }) });
  }
  if (data.impact.reportCadence) {
    const months = data.impact.reportCadence === 'semester' ? 6 : 12;
    const next = datesWithin(today, months, today, months)[1];
    if (next) steps.push({ date: next, text: t('doc.report.nextReport', { date: w.date(next) }) });
  }
  const ordered = [
    ...steps.filter((s) => s.date === ''),
    ...steps.filter((s) => s.date !== '').sort((a, b) => a.date.localeCompare(b.date)),
  ];
  return [heading(1, title), ordered.length > 0 ? bullets(ordered.map((s) => s.text)) : paragraph(t('doc.report.noNextSteps'), 'note')];
}
