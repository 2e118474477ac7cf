import type { EcosystemDraft } from '../../workshops/ecosystem';
import { relationshipTypes } from '../../workshops/ecosystem';
import type { StakeholderMapChart } from './chartSpec';
import { type Block, bullets, heading, paragraph, table } from './documentModel';
import type { Words } from './format';
import { type Quadrant, quadrantOf, quadrants } from './quadrant';
import { cell, chapter, filledItems } from './sectionKit';

type Stakeholder = NonNullable<EcosystemDraft['stakeholders']>[number];

/** Chapter 5 — our ecosystem (workshop 5): the map, stakeholders by quadrant, the engagement plan. */
export function ecosystemChapter(w: Words, d: EcosystemDraft): Block[] {
  const t = w.t;
  const stakeholders = filledItems(d.stakeholders).filter((s) => !w.blank(s.name));
  const ids = new Set(stakeholders.map((s) => s.id));
  // Links to a stakeholder since removed are ignored, so the map and the counts agree.
  const links = (d.relationships ?? []).filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
  const degree = new Map<string, number>();
  for (const l of links) for (const id of [l.from, l.to]) degree.set(id, (degree.get(id) ?? 0) + 1);

  const intro: Block[] = [];
  if (stakeholders.length > 0) {
    intro.push(paragraph(t('doc.ecosystem.summary', { stakeholders: stakeholders.length, links: links.length })));
    intro.push(mapFigure(w, stakeholders, links, degree));
  }
  return chapter(w, t('doc.charter.ch5'), intro, [
    [t('doc.charter.ch5.quadrants'), quadrantBlocks(w, stakeholders, degree)],
    [t('doc.charter.ch5.plan'), planBlocks(w, d, stakeholders)],
    [t('doc.charter.ch5.links'), linkBlocks(w, stakeholders, links)],
  ]);
}

function mapFigure(
  w: Words,
  stakeholders: Stakeholder[],
  links: { from: string; to: string; strength?: number }[],
  degree: Map<string, number>,
): Block {
  const counts = countByQuadrant(stakeholders);
  const chart: StakeholderMapChart = {
    kind: 'stakeholderMap',
    xLabel: w.t('doc.ecosystem.interest'),
    yLabel: w.t('doc.ecosystem.power'),
    quadrantLabels: Object.fromEntries(quadrants.map((q) => [q, w.t(`doc.quadrant.${q}`)])) as Record<Quadrant, string>,
    nodes: stakeholders.map((s) => ({
      id: s.id,
      label: s.name ?? '',
      power: s.power ?? 1,
      interest: s.interest ?? 1,
      degree: degree.get(s.id) ?? 0,
      quadrant: quadrantOf(s.power, s.interest),
    })),
    links: links.map((l) => ({ from: l.from, to: l.to, strength: l.strength ?? 1 })),
  };
  return {
    type: 'figure',
    chart,
    alt: w.t('doc.ecosystem.mapAlt', { ...counts, links: links.length }),
    caption: w.t('doc.ecosystem.mapCaption'),
  };
}

function countByQuadrant(stakeholders: Stakeholder[]): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { manageClosely: 0, keepSatisfied: 0, keepInformed: 0, monitor: 0 };
  for (const s of stakeholders) counts[quadrantOf(s.power, s.interest)]++;
  return counts;
}

function quadrantBlocks(w: Words, stakeholders: Stakeholder[], degree: Map<string, number>): Block[] {
  const out: Block[] = [];
  for (const q of quadrants) {
    const inQuadrant = stakeholders
      .filter((s) => quadrantOf(s.power, s.interest) === q)
      .sort(
        (a, b) =>
          (b.power ?? 0) + (b.interest ?? 0) - ((a.power ?? 0) + (a.interest ?? 0)) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0),
      );
    if (inQuadrant.length === 0) continue;
    out.push(heading(3, w.t('doc.ecosystem.quadrantHeading', { quadrant: w.t(`doc.quadrant.${q}`), n: inQuadrant.length })));
    out.push(paragraph(w.t(`doc.quadrantMeaning.${q}`), 'note'));
    out.push(
      table(
        [
          [w.t('doc.ecosystem.name'), 3],
          [w.t('doc.ecosystem.kind'), 2.2],
          [w.t('doc.ecosystem.powerInterest'), 1.6],
          [w.t('doc.ecosystem.disposition'), 1.8],
          [w.t('doc.ecosystem.linkCount'), 1.4],
          [w.t('doc.ecosystem.owner'), 2.4],
        ],
        inQuadrant.map((s) => [
          cell(s.name),
          s.kind ? w.t(`doc.stakeholderKind.${s.kind}`) : '—',
          w.t('doc.ecosystem.powerInterestValue', { power: s.power ?? '—', interest: s.interest ?? '—' }),
          s.disposition ? w.t(`doc.disposition.${s.disposition}`) : '—',
          String(degree.get(s.id) ?? 0),
          cell(s.relationshipOwner?.name),
        ]),
      ),
    );
  }
  return out;
}

function planBlocks(w: Words, d: EcosystemDraft, stakeholders: Stakeholder[]): Block[] {
  const names = new Map(stakeholders.map((s) => [s.id, s.name ?? '']));
  const plan = filledItems(d.engagementPlan);
  const out: Block[] = [];
  if (plan.length > 0) {
    out.push(
      table(
        [
          [w.t('doc.ecosystem.stakeholder'), 3],
          [w.t('doc.ecosystem.action'), 4],
          [w.t('doc.ecosystem.channel'), 2],
          [w.t('doc.ecosystem.frequency'), 2],
          [w.t('doc.ecosystem.owner'), 2],
          [w.t('doc.ecosystem.nextDate'), 2],
        ],
        plan.map((p) => [
          cell(names.get(p.stakeholderId ?? '')),
          cell(p.action),
          cell(p.channel),
          cell(p.frequency),
          cell(p.owner?.name),
          p.nextDate ? w.date(p.nextDate) : '—',
        ]),
      ),
    );
  }
  // Every "manage closely" actor needs a plan (W5): name the ones still without one.
  const planned = new Set(plan.map((p) => p.stakeholderId));
  const missing = stakeholders
    .filter((s) => quadrantOf(s.power, s.interest) === 'manageClosely' && !planned.has(s.id))
    .map((s) => s.name ?? '');
  if (missing.length > 0) {
    out.push(paragraph(w.t('doc.ecosystem.noPlanFor', { names: w.list(missing) }), 'note'));
  }
  return out;
}

function linkBlocks(w: Words, stakeholders: Stakeholder[], links: { type?: string }[]): Block[] {
  const out: Block[] = [];
  const communities = stakeholders.filter((s) => s.kind === 'community').map((s) => s.name ?? '');
  if (communities.length > 0) out.push(paragraph(w.t('doc.ecosystem.communities')), bullets(communities));
  const byType = relationshipTypes.map((type) => [type, links.filter((l) => l.type === type).length] as const).filter(([, n]) => n > 0);
  if (byType.length > 0) {
    out.push(
      table(
        [
          [w.t('doc.ecosystem.relationshipType'), 3],
          [w.t('doc.ecosystem.count'), 1],
        ],
        byType.map(([type, n]) => [w.t(`doc.relationship.${type}`), String(n)]),
      ),
    );
  }
  return out;
}
