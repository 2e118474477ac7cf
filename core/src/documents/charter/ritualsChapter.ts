import type { MessageKey } from '../../i18n/fr';
import type { RitualsDraft } from '../../workshops/rituals';
import { type Block, bullets, paragraph, table } from './documentModel';
import { clock } from './clock';
import type { Words } from './format';
import { ritualPlanOf } from '../../rituals/ritualPlan';
import { upcomingMeetings } from '../../rituals/upcomingMeetings';
import { cell, chapter, filledItems, field } from './sectionKit';

/** Chapter 3 — how we work: rituals (workshop 3). `now` dates the projected meetings. */
export function ritualsChapter(w: Words, d: RitualsDraft, now: string): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch3'),
    [],
    [
      [t('doc.charter.ch3.rhythm'), rhythmBlocks(w, d, now)],
      [t('doc.charter.ch3.agenda'), agendaBlocks(w, d)],
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

function rhythmBlocks(w: Words, d: RitualsDraft, now: string): Block[] {
  const out: Block[] = [];
  const { every, unit } = d.cadence ?? {};
  const cadence = every && unit ? cadenceText(w, every, unit) : undefined;
  if (cadence && d.durationMinutes && d.format) {
    out.push(
      paragraph(w.t('doc.rituals.rhythm', { cadence, duration: w.duration(d.durationMinutes), format: w.t(`doc.format.${d.format}`) })),
    );
  } else {
    if (cadence) out.push(field(w, w.t('doc.rituals.cadence'), cadence));
    if (d.durationMinutes) out.push(field(w, w.t('doc.rituals.duration'), w.duration(d.durationMinutes)));
    if (d.format) out.push(field(w, w.t('doc.rituals.format'), w.t(`doc.format.${d.format}`)));
  }
  if (d.inPersonPerYear !== undefined) {
    // The guides ask for at least one in-person meeting a year: an explicit zero deserves a word.
    out.push(paragraph(d.inPersonPerYear > 0 ? w.t('doc.rituals.inPerson', { n: d.inPersonPerYear }) : w.t('doc.rituals.noInPerson')));
  }
  if (!w.blank(d.place)) out.push(field(w, w.t('doc.rituals.place'), d.place));
  // The same schedule as the bot's cards: from the first meeting, at its rhythm, in its time zone.
  const plan = ritualPlanOf(d);
  if (plan) {
    const dates = upcomingMeetings(plan, new Date(now), 3).map((m) => w.date(m.date));
    if (dates.length > 0) out.push(paragraph(w.t('doc.rituals.nextDates', { dates: w.list(dates) }), 'note'));
  }
  return out;
}

function agendaBlocks(w: Words, d: RitualsDraft): Block[] {
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

function roleBlocks(w: Words, d: RitualsDraft): Block[] {
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
