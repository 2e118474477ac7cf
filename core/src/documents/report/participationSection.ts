import type { TimeSeriesChart } from '../charter/chartSpec';
import { type Block, heading, paragraph, table } from '../charter/documentModel';
import { dayOf, type Words } from '../charter/format';
import { contributorsByPeriod, monthsBetween } from './contributions';
import type { ImpactReportInput } from './impactReportInput';
import { rate } from './summarySection';

/** Contributors out of members, month by month since the community began (months nobody could contribute left out). */
function contributorsTable(w: Words, input: ImpactReportInput): Block[] {
  const t = w.t;
  const months = monthsBetween(dayOf(input.community.createdAt), dayOf(input.now));
  const rows = contributorsByPeriod(input.contributions, input.members, months).filter((r) => r.members > 0);
  if (input.contributions.length === 0 || rows.length === 0) return [paragraph(t('doc.report.noContributions'), 'note')];
  const month = new Intl.DateTimeFormat(w.locale === 'fr' ? 'fr-CA' : 'en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [
    heading(2, t('doc.report.contributorsHeading')),
    paragraph(t('doc.report.contributorsSource'), 'note'),
    table(
      [
        [t('doc.report.month'), 2],
        [t('doc.report.contributorsOfMembers'), 2],
        [t('doc.report.rate'), 1],
      ],
      rows.map((r) => [
        month.format(new Date(`${r.period.from}T00:00:00Z`)),
        t('doc.report.contributorsCount', { contributors: r.contributors, members: r.members }),
        t('doc.percent', { n: rate(r.contributors, r.members) }),
      ]),
    ),
  ];
}

/**
 * Section 2 — participation over time: meeting attendance and poll participation, as a chart and a table,
 * then contributors out of members per month.
 */
export function participationSection(w: Words, input: ImpactReportInput, title: string): Block[] {
  const t = w.t;
  const meetings = [...input.meetings].sort((a, b) => a.date.localeCompare(b.date));
  const decisions = [...input.decisions].filter((d) => d.eligible > 0).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  const out: Block[] = [heading(1, title)];
  if (meetings.length === 0 && decisions.length === 0)
    return [...out, paragraph(t('doc.report.noData'), 'note'), ...contributorsTable(w, input)];

  const series: TimeSeriesChart['series'] = [];
  if (meetings.length > 0) {
    series.push({
      name: t('doc.report.attendance'),
      points: meetings.map((m) => ({ date: dayOf(m.date), value: rate(m.attendees, m.eligible) })),
    });
  }
  if (decisions.length > 0) {
    series.push({
      name: t('doc.report.pollParticipation'),
      points: decisions.map((d) => ({ date: dayOf(d.decidedAt), value: rate(d.voters, d.eligible) })),
    });
  }
  out.push({
    type: 'figure',
    chart: { kind: 'timeSeries', yLabel: t('doc.report.participationAxis'), yMax: 100, series },
    alt: t('doc.report.participationAlt', { meetings: meetings.length, polls: decisions.length }),
    caption: t('doc.report.participationCaption'),
  });
  if (meetings.length > 0) {
    out.push(paragraph(t('doc.report.attendanceSource'), 'note'));
    out.push(
      table(
        [
          [t('doc.report.meetingDate'), 2],
          [t('doc.report.present'), 1],
          [t('doc.report.eligible'), 1],
          [t('doc.report.rate'), 1],
          [t('doc.report.usefulness'), 2],
        ],
        meetings.map((m) => [
          w.date(dayOf(m.date)),
          String(m.attendees),
          String(m.eligible),
          t('doc.percent', { n: rate(m.attendees, m.eligible) }),
          m.usefulness === undefined ? '—' : t('doc.outOf5', { n: w.number(m.usefulness) }),
        ]),
      ),
    );
  } else {
    out.push(paragraph(t('doc.report.noMeetings'), 'note'));
  }
  return [...out, ...contributorsTable(w, input)];
}
