import { type Block, heading, paragraph, table } from '../charter/documentModel';
import { dayOf, type Words } from '../charter/format';
import type { WorkshopInput } from '../charter/workshopData';
import { workshopProgress } from '../../workshops/progress';
import { workshopNumbers } from '../../workshops/registry';
import type { ImpactReportInput } from './impactReportInput';

/** Share of `part` in `whole` as a whole percentage, 0 when there is no whole. */
export function rate(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** Mean of a list, 0 when empty. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** How many of the six workshops are done. */
export function workshopsDone(workshops: readonly WorkshopInput[]): number {
  return workshopNumbers.filter((n) => workshopProgress(n, workshops.find((x) => x.n === n)?.data ?? {}).state === 'done').length;
}

/** Section 1 — the start-up process in figures: dates, workshops, people, meetings, decisions. */
export function summarySection(w: Words, input: ImpactReportInput, title: string): Block[] {
  const t = w.t;
  const out: Block[] = [heading(1, title)];
  out.push(paragraph(t('doc.report.started', { date: w.date(input.community.createdAt), done: workshopsDone(input.workshops) })));
  out.push(
    table(
      [
        [t('doc.report.workshop'), 4],
        [t('doc.report.state'), 2],
        [t('doc.report.lastSaved'), 2],
      ],
      workshopNumbers.map((n) => {
        const stored = input.workshops.find((x) => x.n === n);
        const { state } = workshopProgress(n, stored?.data ?? {});
        return [t(`workshop.${n}.title`), t(`state.${state}`), stored?.updatedAt ? w.date(stored.updatedAt) : '—'];
      }),
    ),
  );
  const count = (role: string) => input.members.filter((m) => m.role === role).length;
  out.push(
    paragraph(
      t('doc.report.people', {
        total: input.members.length,
        facilitators: count('facilitator'),
        members: count('member'),
        sponsors: count('sponsor'),
      }),
    ),
  );
  out.push(meetingSummary(w, input));
  out.push(decisionSummary(w, input));
  return out;
}

function meetingSummary(w: Words, input: ImpactReportInput): Block {
  const meetings = [...input.meetings].sort((a, b) => a.date.localeCompare(b.date));
  if (meetings.length === 0) return paragraph(w.t('doc.report.noMeetings'), 'note');
  const attendance = Math.round(mean(meetings.map((m) => rate(m.attendees, m.eligible))));
  return paragraph(
    w.t('doc.report.meetings', {
      n: meetings.length,
      first: w.date(dayOf(meetings[0]!.date)),
      last: w.date(dayOf(meetings.at(-1)!.date)),
      rate: w.t('doc.percent', { n: attendance }),
    }),
  );
}

function decisionSummary(w: Words, input: ImpactReportInput): Block {
  if (input.decisions.length === 0) return paragraph(w.t('doc.report.noDecisionsYet'), 'note');
  const adopted = input.decisions.filter((d) => d.outcome === 'adopted' || d.outcome === 'chosen').length;
  const participation = Math.round(mean(input.decisions.map((d) => rate(d.voters, d.eligible))));
  return paragraph(w.t('doc.report.decisions', { n: input.decisions.length, adopted, rate: w.t('doc.percent', { n: participation }) }));
}
