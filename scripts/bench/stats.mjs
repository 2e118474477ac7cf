import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

// The bench's arithmetic and clocks: medians, percentiles, a bounded pool that times each call, CPU from /proc.

/** The median of `xs`. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The `p`th percentile of `xs` (nearest rank). */
export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** `x` to `d` decimals; a non-finite figure is kept as it is. */
export const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

/** Runs `fn` over items with at most `limit` in flight; returns per-item latencies in ms. */
export async function pool(items, limit, fn) {
  const latencies = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const t = performance.now();
        await fn(item);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** CPU time (ms) a process has used so far, from /proc; undefined where /proc is missing. */
export function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
  } catch {
    return undefined;
  }
}
