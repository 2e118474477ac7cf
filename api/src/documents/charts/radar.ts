import type { RadarChart } from '@elan/core/documents/charter/chartSpec';
import { legend, palette, r1, svgDocument, text, wrap } from './svg';

const width = 1200;
const height = 900;
const centre = { x: 600, y: 470 };
const radius = 300;

/** A radar with one spoke per axis, rings at each whole score, and one polygon per series. */
export function radarSvg(chart: RadarChart): string {
  const n = chart.axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, value: number) => {
    const share = (Math.min(Math.max(value, chart.min), chart.max) - chart.min) / (chart.max - chart.min);
    // The innermost ring (the minimum score) sits at 15 % of the radius, so low scores stay visible.
    const d = radius * (0.15 + 0.85 * share);
    return { x: centre.x + d * Math.cos(angle(i)), y: centre.y + d * Math.sin(angle(i)) };
  };
  const out: string[] = [];
  for (let v = chart.min; v <= chart.max; v++) {
    const ring = chart.axes.map((_, i) => at(i, v)).map((p) => `${r1(p.x)},${r1(p.y)}`);
    out.push(`<polygon points="${ring.join(' ')}" fill="none" stroke="#cccccc"/>`);
    const label = at(0, v);
    out.push(text(label.x + 6, label.y + 4, String(v), { size: 13, fill: '#666666' }));
  }
  chart.axes.forEach((axis, i) => {
    const end = at(i, chart.max);
    out.push(`<line x1="${centre.x}" y1="${centre.y}" x2="${r1(end.x)}" y2="${r1(end.y)}" stroke="#cccccc"/>`);
    const cos = Math.cos(angle(i));
    const lx = centre.x + (radius + 24) * cos;
    const ly = centre.y + (radius + 24) * Math.sin(angle(i));
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    out.push(text(lx, ly + (Math.sin(angle(i)) < -0.9 ? -10 : 4), wrap(axis, 22), { anchor, size: 15 }));
  });
  chart.series.forEach((s, si) => {
    const color = palette[si % palette.length]!;
    const points = s.values.map((v, i) => at(i, v));
    out.push(
      `<polygon points="${points.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ')}" fill="${color}" fill-opacity="0.18" stroke="${color}" stroke-width="3"${si === 1 ? ' stroke-dasharray="8 5"' : ''}/>`,
    );
    for (const p of points) out.push(`<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="5" fill="${color}"/>`);
  });
  out.push(
    legend(
      40,
      40,
      chart.series.map((s, i) => ({ name: s.name, color: palette[i % palette.length]!, dashed: i === 1 })),
    ),
  );
  return svgDocument(width, height, out.join(''));
}
