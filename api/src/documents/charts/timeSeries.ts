import type { TimeSeriesChart } from '@elan/core/documents/charter/chartSpec';
import { legend, palette, r1, svgDocument, text } from './svg';

const width = 1200;
const height = 620;
const plot = { left: 90, top: 70, width: 1060, height: 440 };

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Participation over time: one line with dots per series, dates spread on a true time axis. */
export function timeSeriesSvg(chart: TimeSeriesChart): string {
  const days = chart.series.flatMap((s) => s.points.map((p) => dayNumber(p.date)));
  const min = Math.min(...days);
  const max = Math.max(...days);
  // A single date still needs an axis: give it a month on each side.
  const start = max > min ? min : min - 30;
  const span = max > min ? max - min : 60;
  const x = (date: string) => plot.left + ((dayNumber(date) - start) / span) * plot.width;
  const y = (value: number) => plot.top + plot.height - (Math.min(value, chart.yMax) / chart.yMax) * plot.height;

  const out: string[] = [];
  for (let v = 0; v <= chart.yMax; v += chart.yMax / 5) {
    out.push(`<line x1="${plot.left}" y1="${r1(y(v))}" x2="${plot.left + plot.width}" y2="${r1(y(v))}" stroke="#dddddd"/>`);
    out.push(text(plot.left - 10, y(v) + 5, String(Math.round(v)), { anchor: 'end', size: 15 }));
  }
  // Month ticks (YYYY-MM reads the same in French and English).
  const months = new Set(chart.series.flatMap((s) => s.points.map((p) => p.date.slice(0, 7))));
  const every = Math.max(1, Math.ceil(months.size / 8));
  [...months].sort().forEach((month, i) => {
    if (i % every !== 0) return;
    const px = x(`${month}-01`);
    if (px < plot.left - 1 || px > plot.left + plot.width + 1) return;
    out.push(`<line x1="${r1(px)}" y1="${plot.top + plot.height}" x2="${r1(px)}" y2="${plot.top + plot.height + 6}" stroke="#555555"/>`);
    out.push(text(px, plot.top + plot.height + 26, month, { anchor: 'middle', size: 14 }));
  });
  out.push(
    `<line x1="${plot.left}" y1="${plot.top + plot.height}" x2="${plot.left + plot.width}" y2="${plot.top + plot.height}" stroke="#555555"/>`,
  );
  out.push(text(24, plot.top + plot.height / 2, chart.yLabel, { anchor: 'middle', size: 16, rotate: -90 }));

  chart.series.forEach((s, i) => {
    const color = palette[i % palette.length]!;
    const points = [...s.points].sort((a, b) => a.date.localeCompare(b.date));
    const path = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${r1(x(p.date))},${r1(y(p.value))}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="3"${i === 1 ? ' stroke-dasharray="8 5"' : ''}/>`);
    for (const p of points) out.push(`<circle cx="${r1(x(p.date))}" cy="${r1(y(p.value))}" r="5" fill="${color}"/>`);
  });
  out.push(
    legend(
      plot.left,
      36,
      chart.series.map((s, i) => ({ name: s.name, color: palette[i % palette.length]!, dashed: i === 1 })),
    ),
  );
  return svgDocument(width, height, out.join(''));
}
