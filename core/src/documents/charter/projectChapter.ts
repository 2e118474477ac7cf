import type { ProblemProjectDraft } from '../../workshops/problemProject';
import { type Block, paragraph, table } from './documentModel';
import type { Words } from './format';
import { cell, chapter, filled, filledItems, field } from './sectionKit';

/** Chapter 2 — problems of practice and the collective project (workshop 2). */
export function projectChapter(w: Words, d: ProblemProjectDraft): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch2'),
    [],
    [
      [t('doc.charter.ch2.problems'), problemBlocks(w, d)],
      [t('doc.charter.ch2.project'), projectBlocks(w, d)],
      [t('doc.charter.ch2.deliverables'), deliverableBlocks(w, d)],
      [t('doc.charter.ch2.resources'), resourceBlocks(w, d)],
      [t('doc.charter.ch2.risks'), riskBlocks(w, d)],
      [t('doc.charter.ch2.baselines'), baselineBlocks(w, d)],
    ],
  );
}

function problemBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  // Most severe first: that is the order the group argued about them.
  const problems = filledItems(d.problems).sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0));
  if (problems.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.project.problem'), 4],
        [w.t('doc.project.affected'), 3],
        [w.t('doc.project.evidence'), 4],
        [w.t('doc.project.severity'), 1],
      ],
      problems.map((p) => [
        cell(p.statement),
        cell(p.whoIsAffected),
        cell(p.evidence),
        p.severity ? w.t('doc.outOf5', { n: p.severity }) : '—',
      ]),
    ),
  ];
}

/** Objectives and milestones in one table: what we aim for, then the dated steps toward it. */
function projectBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  const out: Block[] = [];
  if (!w.blank(d.projectTitle)) out.push(field(w, w.t('doc.project.title'), d.projectTitle));
  const objectives = filled(d.objectives);
  const milestones = filledItems(d.milestones).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  if (objectives.length + milestones.length > 0) {
    out.push(
      table(
        [
          [w.t('doc.project.kind'), 1],
          [w.t('doc.project.what'), 4],
          [w.t('doc.project.when'), 2],
        ],
        [
          ...objectives.map((o, i) => [w.t('doc.project.objective', { n: i + 1 }), o, '—']),
          ...milestones.map((m) => [w.t('doc.project.milestone'), cell(m.label), m.date ? w.date(m.date) : '—']),
        ],
      ),
    );
  }
  return out;
}

function deliverableBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  const deliverables = filledItems(d.deliverables);
  if (deliverables.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.project.deliverableType'), 2],
        [w.t('doc.project.what'), 4],
        [w.t('doc.project.owner'), 2],
        [w.t('doc.project.due'), 2],
      ],
      deliverables.map((x) => [
        x.type ? w.t(`doc.deliverable.${x.type}`) : '—',
        cell(x.description),
        cell(x.owner?.name),
        x.due ? w.date(x.due) : '—',
      ]),
    ),
  ];
}

function resourceBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  const r: Partial<NonNullable<ProblemProjectDraft['resources']>> = d.resources ?? {};
  const out: Block[] = [];
  if (r.hoursPerMemberPerMonth !== undefined) out.push(paragraph(w.t('doc.project.memberHours', { n: r.hoursPerMemberPerMonth })));
  if (r.facilitatorHoursPerWeek !== undefined) {
    // The facilitator's time is the success factor most often left invisible: say it plainly.
    out.push(paragraph(w.t('doc.project.facilitatorHours', { n: r.facilitatorHoursPerWeek })));
  }
  if (r.budget !== undefined) out.push(paragraph(w.t('doc.project.budget', { amount: w.number(r.budget) })));
  if (!w.blank(r.people)) out.push(field(w, w.t('doc.project.people'), r.people));
  return out;
}

function riskBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  const risks = filledItems(d.risks);
  if (risks.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.project.risk'), 4],
        [w.t('doc.project.likelihood'), 1],
        [w.t('doc.project.mitigation'), 4],
      ],
      risks.map((r) => [cell(r.risk), r.likelihood ? w.t(`doc.likelihood.${r.likelihood as 1 | 2 | 3}`) : '—', cell(r.mitigation)]),
    ),
  ];
}

function baselineBlocks(w: Words, d: ProblemProjectDraft): Block[] {
  const baselines = filledItems(d.baselines);
  if (baselines.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.project.indicator'), 3],
        [w.t('doc.project.value'), 1],
        [w.t('doc.project.date'), 2],
        [w.t('doc.project.source'), 3],
      ],
      baselines.map((b) => [cell(b.indicator), cell(b.value), b.date ? w.date(b.date) : '—', cell(b.source)]),
    ),
  ];
}
