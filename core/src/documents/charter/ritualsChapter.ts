import type { MessageKey } from '../../i18n/fr';
import type { RitualsDraft } from '../../workshops/rituals';
import { type Block, bullets, paragraph, table } from './documentModel';
import { clock } from './clock';
import type { Words } from './format';
import type { Meeting } from '../../rituals/meeting';
import { type RitualPlan, ritualPlansOf } from '../../rituals/ritualPlan';
import { inPersonYear } from '../../rituals/seriesCalendar';
import { upcomingMeetings } from '../../rituals/upcomingMeetings';
import { mainSeriesId, type MeetingSeriesDraft } from '../../workshops/rituals';
import { cell, chapter, filledItems, field } from './sectionKit';

/**
 * Chapter 3 — how we work: rituals (workshop 3). `now` dates the projected meetings and the in-person year,
 * counted from the `meetings` recorded.
 */
export function ritualsChapter(w: Words, d: RitualsDraft, now: string, meetings: readonly Meeting[] = []): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch3'),
    [],
    [
      [t('doc.charter.ch3.rhythm'), rhythmBlocks(w, d, now, meetings)],
      [t('doc.charter.ch3.agenda'), [...agendaBlocks(w, d), ...kickOffBlocks(w, d)]],
      [t('doc.charter.ch3.roles'), roleBlocks(w, d)],
      [t('doc.charter.ch3.capture'), captureBlocks(w, d)],
      [t('doc.charter.ch3.between'), betweenBlocks(w, d)],
      [t('doc.charter.ch3.welcome'), w.blank(d.welcomeSteps) ? [] : [paragraph(d.welcomeSteps)]],
      [t('doc.charter.ch3.celebrations'), w.blank(d.celebrations) ? [] : [paragraph(d.celebrations)]],
      [t('doc.charter.ch3.legacy'), legacyBlocks(w, d)],
    ],
  );
}

/** "every 6 weeks", "every month". */
export function cadenceText(w: Words, every: number, unit: 'week' | 'month'): string {
  const key: MessageKey = every === 1 ? `doc.cadence.${unit}.one` : `doc.cadence.${unit}.many`;
  return w.t(key, { n: every });
}

/** "We meet every 6 weeks, for 2 hours, in person." or, when a part is missing, the parts given. */
function rhythmParagraphs(w: Words, r: Pick<RitualsDraft, 'cadence' | 'durationMinutes' | 'format'>): Block[] {
  const { every, unit } = r.cadence ?? {};
  const cadence = every && unit ? cadenceText(w, every, unit) : undefined;
  if (cadence && r.durationMinutes && r.format)
    return [
      paragraph(w.t('doc.rituals.rhythm', { cadence, duration: w.duration(r.durationMinutes), format: w.t(`doc.format.${r.format}`) })),
    ];
  const out: Block[] = [];
  if (cadence) out.push(field(w, w.t('doc.rituals.cadence'), cadence));
  if (r.durationMinutes) out.push(field(w, w.t('doc.rituals.duration'), w.duration(r.durationMinutes)));
  if (r.format) out.push(field(w, w.t('doc.rituals.format'), w.t(`doc.format.${r.format}`)));
  return out;
}

/** The next three meetings of a series: the same schedule as the bot's cards (first meeting, rhythm, time zone). */
function nextDates(w: Words, plan: RitualPlan | undefined, now: string): Block[] {
  if (!plan) return [];
  const dates = upcomingMeetings(plan, new Date(now), 3).map((m) => w.date(m.date));
  return dates.length > 0 ? [paragraph(w.t('doc.rituals.nextDates', { dates: w.list(dates) }), 'note')] : [];
}

/** Another series: its name, rhythm, place and next dates. */
function seriesBlocks(w: Words, s: MeetingSeriesDraft, plan: RitualPlan | undefined, now: string): Block[] {
  const name = w.blank(s.name) ? w.t('doc.rituals.seriesUnnamed') : s.name;
  const out: Block[] = [{ type: 'paragraph', runs: [{ text: w.t('doc.rituals.series', { name }), bold: true }], tone: 'normal' }];
  out.push(...rhythmParagraphs(w, s));
  if (!w.blank(s.place)) out.push(field(w, w.t('doc.rituals.place'), s.place));
  // Its own agenda and roles when it has them; otherwise the main series' (printed below) apply.
  out.push(...agendaBlocks(w, s), ...roleBlocks(w, s));
  return [...out, ...nextDates(w, plan, now)];
}

function rhythmBlocks(w: Words, d: RitualsDraft, now: string, meetings: readonly Meeting[]): Block[] {
  const plans = ritualPlansOf(d);
  const out: Block[] = rhythmParagraphs(w, d);
  if (d.inPersonPerYear !== undefined) {
    // The guides ask for at least one in-person meeting a year: an explicit zero deserves a word.
    out.push(paragraph(d.inPersonPerYear > 0 ? w.t('doc.rituals.inPerson', { n: d.inPersonPerYear }) : w.t('doc.rituals.noInPerson')));
  }
  if (!w.blank(d.place)) out.push(field(w, w.t('doc.rituals.place'), d.place));
  out.push(
    ...nextDates(
      w,
      plans.find((p) => p.seriesId === mainSeriesId),
      now,
    ),
  );
  for (const s of d.series ?? [])
    out.push(
      ...seriesBlocks(
        w,
        s,
        plans.find((p) => p.seriesId === s.id),
        now,
      ),
    );
  const year = inPersonYear(d, plans, meetings, new Date(now));
  if (year && year.minimum > 0) {
    out.push(
      paragraph(w.t('doc.rituals.inPersonYear', { year: year.year, held: year.held, scheduled: year.scheduled, minimum: year.minimum })),
    );
    if (year.short) out.push(paragraph(w.t('doc.rituals.inPersonShort', { year: year.year }), 'note'));
  }
  return out;
}

/** The kick-off meeting's own run sheet, when workshop 3 wrote one (its total is the kick-off's length). */
function kickOffBlocks(w: Words, d: Pick<RitualsDraft, 'kickOffAgenda'>): Block[] {
  const sheet = agendaBlocks(w, { agendaTemplate: d.kickOffAgenda, durationMinutes: undefined });
  return sheet.length === 0 ? [] : [paragraph(w.t('doc.rituals.kickOff')), ...sheet];
}

function agendaBlocks(w: Words, d: Pick<RitualsDraft, 'agendaTemplate' | 'durationMinutes'>): Block[] {
  const items = filledItems(d.agendaTemplate);
  if (items.length === 0) return [];
  let start = 0;
  const rows = items.map((item) => {
    const row = [
      clock(start),
      cell(item.label),
      item.minutes ? w.duration(item.minutes) : '—',
      item.roleInCharge ? w.t(`doc.ritualRole.${item.roleInCharge}`) : '—',
    ];
    start += item.minutes ?? 0;
    return row;
  });
  const out: Block[] = [
    table(
      [
        [w.t('doc.rituals.start'), 1],
        [w.t('doc.rituals.segment'), 4],
        [w.t('doc.rituals.minutes'), 1],
        [w.t('doc.rituals.inCharge'), 2],
      ],
      rows,
      ['', w.t('doc.total'), w.duration(start), ''],
    ),
  ];
  if (d.durationMinutes && start !== d.durationMinutes) {
    out.push(paragraph(w.t('doc.rituals.agendaMismatch', { total: w.duration(start), duration: w.duration(d.durationMinutes) }), 'note'));
  }
  return out;
}

function roleBlocks(w: Words, d: Pick<RitualsDraft, 'roles'>): Block[] {
  const roles = filledItems(d.roles);
  if (roles.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.rituals.role'), 2],
        [w.t('doc.rituals.holder'), 2],
        [w.t('doc.rituals.rotation'), 2],
      ],
      roles.map((r) => [
        r.role ? w.t(`doc.ritualRole.${r.role}`) : '—',
        cell(r.holder?.name),
        r.rotation ? w.t(`doc.rotation.${r.rotation}`) : '—',
      ]),
    ),
  ];
}

function captureBlocks(w: Words, d: RitualsDraft): Block[] {
  const c: Partial<NonNullable<RitualsDraft['capture']>> = d.capture ?? {};
  const out: Block[] = [];
  if (c.minutesVisibility)
    out.push(paragraph(w.t('doc.rituals.minutesRule', { who: w.t(`doc.minutesVisibility.${c.minutesVisibility}`) })));
  if (c.summaryVisibility)
    out.push(paragraph(w.t('doc.rituals.summaryRule', { who: w.t(`doc.summaryVisibility.${c.summaryVisibility}`) })));
  if (!w.blank(c.resourcesLocation)) out.push(paragraph(w.t('doc.rituals.resourcesRule', { location: c.resourcesLocation })));
  if (c.dueWorkingDays) out.push(paragraph(w.t('doc.rituals.dueRule', { n: c.dueWorkingDays })));
  if (out.length > 0) out.push(paragraph(w.t('doc.rituals.confidentiality'), 'note'));
  return out;
}

function betweenBlocks(w: Words, d: RitualsDraft): Block[] {
  const out: Block[] = [];
  const activities = d.betweenMeetings ?? [];
  if (activities.length > 0) out.push(bullets(activities.map((a) => w.t(`doc.between.${a}`))));
  if (!w.blank(d.betweenMeetingsNote)) out.push(paragraph(d.betweenMeetingsNote));
  return out;
}

function legacyBlocks(w: Words, d: RitualsDraft): Block[] {
  const out: Block[] = [];
  const { reviewDate, legacyPlan } = d.endOfLife ?? {};
  if (!w.blank(reviewDate)) out.push(paragraph(w.t('doc.rituals.review', { date: w.date(reviewDate) })));
  if (!w.blank(legacyPlan)) out.push(field(w, w.t('doc.rituals.legacy'), legacyPlan));
  return out;
}
