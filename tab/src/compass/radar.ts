/** Geometry of the compass radar, in SVG user units; pure so it is tested without a browser. */
export interface Point {
  x: number;
  y: number;
}

export interface RadarAxis {
  index: number;
  /** Radians, 0 = pointing up, clockwise. */
  angle: number;
  /** Outer end of the axis. */
  end: Point;
  /** Where the axis label goes, a little beyond the end. */
  label: Point;
  /** How the label text is anchored, so it never runs over the chart. */
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarLayout {
  center: Point;
  radius: number;
  max: number;
  axes: RadarAxis[];
  /** Closed polygons for the scale's rings (1 … max), as SVG `points`. */
  rings: { value: number; points: string }[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The point for `value` (0 … max) on axis `index` of `count`. */
export function radarPoint(center: Point, radius: number, max: number, index: number, count: number, value: number): Point {
  const angle = (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, Math.min(max, value))) / max;
  return { x: round(center.x + r * Math.sin(angle)), y: round(center.y - r * Math.cos(angle)) };
}

/** Axes and rings for `count` dimensions in a square of `size`, leaving `margin` for the labels. */
export function radarLayout(count: number, size: number, margin: number, max = 5): RadarLayout {
  const center = { x: size / 2, y: size / 2 };
  const radius = size / 2 - margin;
  const axes = Array.from({ length: count }, (_, index): RadarAxis => {
    const angle = (2 * Math.PI * index) / count;
    const sin = Math.sin(angle);
    return {
      index,
      angle: round(angle),
      end: radarPoint(center, radius, max, index, count, max),
      label: radarPoint(center, radius + 14, max, index, count, max * ((radius + 14) / radius)),
      anchor: Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end',
    };
  });
  const rings = Array.from({ length: max }, (_, i) => ({
    value: i + 1,
    points: polygonPoints(center, radius, max, Array(count).fill(i + 1)),
  }));
  return { center, radius, max, axes, rings };
}

/** SVG `points` of a run's polygon; a missing value sits at the centre. */
export function polygonPoints(center: Point, radius: number, max: number, values: readonly (number | null | undefined)[]): string {
  return values
    .map((v, i) => {
      const p = radarPoint(center, radius, max, i, values.length, v ?? 0);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

/** The reading band of a score (WORKSHOPS.md §7): below 2.5 priority, up to 3.5 watch, above strength. */
export function band(score: number): 'priority' | 'watch' | 'strength' {
  return score < 2.5 ? 'priority' : score <= 3.5 ? 'watch' : 'strength';
}
