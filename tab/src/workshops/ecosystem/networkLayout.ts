/** A node placed by the layout, with its number of links and the radius it is drawn with. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  degree: number;
  radius: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  /** Links whose both ends exist, as node indexes. */
  links: { source: number; target: number; index: number }[];
  width: number;
  height: number;
}

/** A node grows with its number of links: 6 units alone, up to 22 for a hub (less on big maps, see `layoutNetwork`). */
export function nodeRadius(degree: number): number {
  return Math.min(22, 6 + 3 * Math.sqrt(degree));
}

const golden = Math.PI * (3 - Math.sqrt(5));

/**
 * Places nodes with a force-directed layout (Fruchterman–Reingold): links pull, every pair pushes, a weak pull to
 * the centre keeps separate groups together. Deterministic (same input, same picture: nodes start on a sunflower
 * spiral in list order, no randomness) and computed once per change of the data. Cost is O(n² × iterations), a few
 * tens of milliseconds for 300 nodes and 1,000 links.
 */
export function layoutNetwork(
  ids: readonly string[],
  relationships: readonly { from?: string; to?: string }[],
  options: { width?: number; height?: number; iterations?: number } = {},
): NetworkLayout {
  const width = options.width ?? 1000;
  const height = options.height ?? 700;
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const links: NetworkLayout['links'] = [];
  relationships.forEach((r, index) => {
    const source = r.from === undefined ? undefined : at.get(r.from);
    const target = r.to === undefined ? undefined : at.get(r.to);
    if (source !== undefined && target !== undefined && source !== target) links.push({ source, target, index });
  });
  const degree = new Array<number>(n).fill(0);
  for (const l of links) {
    degree[l.source]! += 1;
    degree[l.target]! += 1;
  }

  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const spread = Math.min(width, height) / 2 / Math.sqrt(n + 1);
  for (let i = 0; i < n; i++) {
    xs[i] = Math.sqrt(i + 0.5) * spread * Math.cos(i * golden);
    ys[i] = Math.sqrt(i + 0.5) * spread * Math.sin(i * golden);
  }

  if (n > 1) {
    const k = Math.sqrt((width * height) / n) * 0.75;
    const iterations = options.iterations ?? (n > 150 ? 120 : 200);
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    const gravity = 0.002 * k * Math.max(1, Math.sqrt(n / 30));
    let temperature = width / 8;
    const cooling = temperature / (iterations + 1);
    for (let it = 0; it < iterations; it++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ddx = xs[i]! - xs[j]!;
          let ddy = ys[i]! - ys[j]!;
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 < 0.01) {
            // Two nodes on the same spot: separate them along a fixed direction.
            ddx = 0.1 * ((i % 7) - 3 || 1);
            ddy = 0.1 * ((j % 5) - 2 || 1);
            d2 = ddx * ddx + ddy * ddy;
          }
          const f = (k * k) / d2;
          dx[i]! += ddx * f;
          dy[i]! += ddy * f;
          dx[j]! -= ddx * f;
          dy[j]! -= ddy * f;
        }
      }
      for (const l of links) {
        const ddx = xs[l.source]! - xs[l.target]!;
        const ddy = ys[l.source]! - ys[l.target]!;
        const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        const f = d / k;
        dx[l.source]! -= ddx * f;
        dy[l.source]! -= ddy * f;
        dx[l.target]! += ddx * f;
        dy[l.target]! += ddy * f;
      }
      for (let i = 0; i < n; i++) {
        // A weak pull to the centre keeps separate groups (and lone nodes) in the picture.
        dx[i]! -= xs[i]! * gravity;
        dy[i]! -= ys[i]! * gravity;
        const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
        const step = Math.min(len, temperature);
        xs[i]! += (dx[i]! / len) * step;
        ys[i]! += (dy[i]! / len) * step;
      }
      temperature -= cooling;
    }
  }

  // Fit the drawing into the frame, keeping its proportions and a margin for the biggest nodes and labels. The
  // bounds leave out the farthest 2 % on each side, so a few stray nodes do not squeeze the rest into a knot;
  // those strays are pulled back to the edge.
  const margin = 40;
  const bounds = (values: Float64Array) => {
    const sorted = [...values].sort((a, b) => a - b);
    const cut = n > 50 ? Math.floor(n * 0.02) : 0;
    return [sorted[cut] ?? 0, sorted[n - 1 - cut] ?? 0] as const;
  };
  const [minX, maxX] = bounds(xs);
  const [minY, maxY] = bounds(ys);
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  const clampTo = (v: number, max: number) => Math.min(max - margin / 2, Math.max(margin / 2, v));
  // Big maps draw smaller dots, so they stay apart.
  const shrink = Math.min(1, Math.max(0.4, Math.sqrt(60 / Math.max(1, n))));
  const nodes = ids.map((id, i) => ({
    id,
    x: n === 1 ? width / 2 : round(clampTo(offsetX + (xs[i]! - minX) * scale, width)),
    y: n === 1 ? height / 2 : round(clampTo(offsetY + (ys[i]! - minY) * scale, height)),
    degree: degree[i]!,
    radius: round(nodeRadius(degree[i]!) * shrink),
  }));
  return { nodes, links, width, height };
}

/**
 * The node to move to from `from` with an arrow key: the nearest one in that direction (within a 45° cone,
 * distance weighted against straying sideways), or `from` when there is none.
 */
export function neighbourInDirection(
  nodes: readonly { x: number; y: number }[],
  from: number,
  direction: 'up' | 'down' | 'left' | 'right',
): number {
  const origin = nodes[from];
  if (!origin) return from;
  let best = from;
  let bestScore = Infinity;
  nodes.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
