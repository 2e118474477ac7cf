/** Small helpers to write SVG by hand: escaping, text, and the palette every chart shares. */

/** Escapes text for an SVG text node or attribute. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

export const fontFamily = 'DejaVu Sans';

/** Rounds a coordinate to one decimal, which keeps large maps' SVG small. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** Draws a white outline first, so a label stays readable over lines and dots. */
  halo?: boolean;
  rotate?: number;
}

/** A text element; `\n` in `content` starts a new line. */
export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const size = o.size ?? 14;
  const lines = content.split('\n');
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-size="${size}"`,
    `text-anchor="${o.anchor ?? 'start'}"`,
    `fill="${o.fill ?? '#222222'}"`,
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    o.halo ? 'stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"' : '',
    o.rotate ? `transform="rotate(${o.rotate} ${r1(x)} ${r1(y)})"` : '',
  ].filter(Boolean);
  const body = lines.map((line, i) => (i === 0 ? esc(line) : `<tspan x="${r1(x)}" dy="${size * 1.2}">${esc(line)}</tspan>`)).join('');
  return `<text ${attrs.join(' ')}>${body}</text>`;
}

/** Shortens a label to `max` characters with an ellipsis. */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Breaks a label into at most two lines of about `width` characters. */
export function wrap(label: string, width: number): string {
  if (label.length <= width) return label;
  const cut = label.lastIndexOf(' ', width);
  if (cut <= 0) return shorten(label, width);
  return `${label.slice(0, cut)}\n${shorten(label.slice(cut + 1), width)}`;
}

/** Wraps chart content in an SVG document with a white background. */
export function svgDocument(width: number, height: number, content: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fontFamily}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    content,
    '</svg>',
  ].join('');
}

/** A legend row: a colour swatch and a name per entry, from (x, y). */
export function legend(x: number, y: number, entries: { name: string; color: string; dashed?: boolean }[]): string {
  let cursor = x;
  return entries
    .map((e) => {
      const swatch = `<line x1="${cursor}" y1="${y - 5}" x2="${cursor + 28}" y2="${y - 5}" stroke="${e.color}" stroke-width="4"${e.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
      const label = text(cursor + 36, y, e.name, { size: 15 });
      cursor += 36 + e.name.length * 8.5 + 30;
      return swatch + label;
    })
    .join('');
}
