/** One timed step of a request: its name, when it started (ms since the epoch) and how long it took (ms). */
export interface Span {
  name: string;
  start: number;
  ms: number;
}

// Wall-clock spans rather than a CPU profile: under a burst most of an invoke's time is spent waiting
// (for Azurite, for the event loop), which a profile does not show, and a profile cannot say which
// request a sample belonged to. Off by default, so a span costs one check of this variable.
let collected: Span[] | undefined;

/** Starts (true) or stops (false) collecting spans; starting drops anything collected before. */
export function collectSpans(on: boolean): void {
  collected = on ? [] : undefined;
}

/** Whether spans are being collected. */
export function collectingSpans(): boolean {
  return collected !== undefined;
}

/** Every span collected so far, and empties the list. */
export function takeSpans(): Span[] {
  const spans = collected ?? [];
  if (collected) collected = [];
  return spans;
}

/** Runs `fn` and, while spans are collected, times it as `name` (until its promise settles, if it returns one). */
export function span<T>(name: string, fn: () => T): T {
  const into = collected;
  if (!into) return fn();
  const t = performance.now();
  const done = () => into.push({ name, start: performance.timeOrigin + t, ms: performance.now() - t });
  let result: T;
  try {
    result = fn();
  } catch (error) {
    done();
    throw error;
  }
  if (result instanceof Promise) return result.finally(done) as T;
  done();
  return result;
}
