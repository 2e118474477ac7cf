import type { StakeholderMapChart } from '@elan/core/documents/charter/chartSpec';
import type { Quadrant } from '@elan/core/documents/charter/quadrant';
import { r1, shorten, svgDocument, text } from './svg';

const width = 1200;
const height = 900;
const plot = { left: 90, top: 40, size: 780 };
const cell = plot.size / 5;
const labelCount = 15;

const quadrantColor: Record<Quadrant, string> = {
  manageClosely: '#D55E00',
  keepSatisfied: '#0072B2',
  keepInformed: '#009E73',
  monitor: '#777777',
};
const quadrantTint: Record<Quadrant, string> = {
  manageClosely: '#FBE3D6',
  keepSatisfied: '#DCEBF7',
  keepInformed: '#DDF2EA',
  monitor: '#F2F2F2',
};

/** The pixel centre of a grid cell (interest on x, power on y, both 1..5). */
function cellCentre(interest: number, power: number): { x: number; y: number } {
  return { x: plot.left + (interest - 0.5) * cell, y: plot.top + (5.5 - power) * cell };
}

/**
 * Places each stakeholder inside its power–interest cell on a sunflower spiral, so hundreds of actors
 * sharing a cell stay visible instead of piling on one point.
 */
function layout(chart: StakeholderMapChart): Map<string, { x: number; y: number; radius: number }> {
  const byCell = new Map<string, StakeholderMapChart['nodes']>();
  for (const n of chart.nodes) {
    const key = `${n.interest}|${n.power}`;
    byCell.set(key, [...(byCell.get(key) ?? []), n]);
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions = new Map<string, { x: number; y: number; radius: number }>();
  for (const nodes of byCell.values()) {
    const sorted = [...nodes].sort((a, b) => b.degree - a.degree);
    const count = sorted.length;
    const spread = cell * 0.4;
    // The busier the cell, the smaller the largest dot may be, so dots do not cover each other entirely.
    const cap = Math.max(2.5, Math.min(18, (spread * 0.9) / Math.sqrt(count)));
    sorted.forEach((n, k) => {
      const centre = cellCentre(n.interest, n.power);
      const distance = count === 1 ? 0 : spread * Math.sqrt((k + 0.5) / count);
      positions.set(n.id, {
        x: centre.x + distance * Math.cos(k * golden),
        y: centre.y + distance * Math.sin(k * golden),
        radius: Math.min(cap, 4 + 2 * Math.sqrt(n.degree)),
      });
    });
  }
  return positions;
}

function grid(chart: StakeholderMapChart): string {
  const { left, top, size } = plot;
  const split = 3 * cell; // between ratings 3 and 4: the "≥ 4" rule of the grid
  const zones: [Quadrant, number, number, number, number][] = [
    ['keepSatisfied', left, top, split, 2 * cell],
    ['manageClosely', left + split, top, 2 * cell, 2 * cell],
    ['monitor', left, top + 2 * cell, split, split],
    ['keepInformed', left + split, top + 2 * cell, 2 * cell, split],
  ];
  const out = zones.map(([q, x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${quadrantTint[q]}"/>`);
  for (let i = 0; i <= 5; i++) {
    const p = i * cell;
    out.push(`<line x1="${left + p}" y1="${top}" x2="${left + p}" y2="${top + size}" stroke="#ffffff" stroke-width="2"/>`);
    out.push(`<line x1="${left}" y1="${top + p}" x2="${left + size}" y2="${top + p}" stroke="#ffffff" stroke-width="2"/>`);
  }
  for (let v = 1; v <= 5; v++) {
    out.push(text(left + (v - 0.5) * cell, top + size + 24, String(v), { anchor: 'middle', size: 15 }));
    out.push(text(left - 14, top + (5.5 - v) * cell + 5, String(v), { anchor: 'end', size: 15 }));
  }
  out.push(text(left + size / 2, top + size + 56, chart.xLabel, { anchor: 'middle', size: 18, weight: 'bold' }));
  out.push(text(30, top + size / 2, chart.yLabel, { anchor: 'middle', size: 18, weight: 'bold', rotate: -90 }));
  const corner = (q: Quadrant, x: number, y: number, anchor: 'start' | 'end') =>
    text(x, y, chart.quadrantLabels[q], { anchor, size: 16, weight: 'bold', fill: quadrantColor[q], halo: true });
  out.push(corner('keepSatisfied', left + 8, top + 22, 'start'));
  out.push(corner('manageClosely', left + size - 8, top + 22, 'end'));
  out.push(corner('monitor', left + 8, top + size - 10, 'start'));
  out.push(corner('keepInformed', left + size - 8, top + size - 10, 'end'));
  return out.join('');
}

/** The ecosystem map: quadrants, relationship lines, dots sized by links, the best-connected labelled. */
export function stakeholderMapSvg(chart: StakeholderMapChart): string {
  const positions = layout(chart);
  const links = chart.links
    .map((l) => {
      const a = positions.get(l.from);
      const b = positions.get(l.to);
      if (!a || !b) return '';
      return `<line x1="${r1(a.x)}" y1="${r1(a.y)}" x2="${r1(b.x)}" y2="${r1(b.y)}" stroke-width="${l.strength}"/>`;
    })
    .join('');
  const dots = chart.nodes
    .map((n) => {
      const p = positions.get(n.id)!;
      return `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${r1(p.radius)}" fill="${quadrantColor[n.quadrant]}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1"/>`;
    })
    .join('');
  const labels = placeLabels(chart, positions);
  return svgDocument(
    width,
    height,
    `${grid(chart)}<g stroke="#555555" stroke-opacity="0.22">${links}</g>${dots}${labels}${sideLegend(chart)}`,
  );
}

/**
 * Labels the best-connected stakeholders, skipping any label that would overlap one already placed:
 * a readable handful beats a pile of text (the tables list everyone).
 */
function placeLabels(chart: StakeholderMapChart, positions: Map<string, { x: number; y: number; radius: number }>): string {
  const ranked = [...chart.nodes].sort((a, b) => b.degree - a.degree || b.power + b.interest - (a.power + a.interest));
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const out: string[] = [];
  for (const n of ranked) {
    if (placed.length >= labelCount) break;
    const p = positions.get(n.id)!;
    const label = shorten(n.label, 26);
    const box = { x: p.x + p.radius + 2, y: p.y - 10, w: label.length * 7.4 + 4, h: 16 };
    if (placed.some((o) => box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h)) continue;
    placed.push(box);
    out.push(text(box.x + 2, p.y + 4, label, { size: 13, halo: true }));
  }
  return out.join('');
}

/** The four quadrants with their counts, beside the grid. */
function sideLegend(chart: StakeholderMapChart): string {
  const x = plot.left + plot.size + 40;
  const quadrants: Quadrant[] = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'];
  return quadrants
    .map((q, i) => {
      const y = plot.top + 60 + i * 44;
      const count = chart.nodes.filter((n) => n.quadrant === q).length;
      return `<circle cx="${x + 10}" cy="${y - 6}" r="9" fill="${quadrantColor[q]}"/>${text(x + 28, y, `${chart.quadrantLabels[q]} (${count})`, { size: 16 })}`;
    })
    .join('');
}
