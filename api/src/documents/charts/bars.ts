import type { BarsChart } from '@elan/core/documents/charter/chartSpec';
import { palette, r1, shorten, svgDocument, text } from './svg';

const width = 1200;
const barHeight = 28;
const gap = 10;
const groupGap = 46;
const plot = { left: 420, right: 1100, top: 60 };

/** Horizontal bars grouped under headings (one group per value cycle), with an optional reference line. */
export function barsSvg(chart: BarsChart): string {
  const out: string[] = [];
  const x = (value: number) => plot.left + (Math.min(Math.max(value, 0), chart.max) / chart.max) * (plot.right - plot.left);
  let cursor = plot.top;
  chart.groups.forEach((g, gi) => {
    cursor += groupGap - 14;
    out.push(text(20, cursor, g.label, { size: 17, weight: 'bold' }));
    cursor += 14;
    const color = palette[gi % palette.length]!;
    for (const b of g.bars) {
      out.push(text(plot.left - 12, cursor + barHeight * 0.7, shorten(b.label, 40), { anchor: 'end', size: 15 }));
      out.push(`<rect x="${plot.left}" y="${cursor}" width="${r1(x(b.value) - plot.left)}" height="${barHeight}" fill="${color}"/>`);
      out.push(text(x(b.value) + 8, cursor + barHeight * 0.7, b.display, { size: 15 }));
      cursor += barHeight + gap;
    }
  });
  const bottom = cursor + 10;
  out.push(`<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${bottom}" stroke="#555555"/>`);
  if (chart.reference) {
    const rx = r1(x(chart.reference.value));
    out.push(`<line x1="${rx}" y1="${plot.top}" x2="${rx}" y2="${bottom}" stroke="#222222" stroke-width="2" stroke-dasharray="6 4"/>`);
    out.push(text(rx, plot.top - 10, chart.reference.label, { anchor: 'middle', size: 15, weight: 'bold' }));
  }
  out.push(text(plot.left, bottom + 30, chart.yLabel, { size: 15 }));
  return svgDocument(width, bottom + 50, out.join(''));
}
