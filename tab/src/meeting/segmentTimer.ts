/**
 * The meeting timer of the side panel, as a pure reducer over wall-clock times, so it never drifts with the
 * interval that redraws it and is tested without timers.
 */
export interface TimerState {
  /** The current segment; equal to the number of segments once the meeting is over. */
  index: number;
  /** Time spent on the current segment before the last start. */
  elapsedMs: number;
  /** When the timer was last started, or null while paused. */
  startedAt: number | null;
}

export type TimerEvent =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'next'; now: number }
  | { type: 'previous'; now: number }
  | { type: 'reset' };

export const initialTimer: TimerState = { index: 0, elapsedMs: 0, startedAt: null };

/** Time spent on the current segment at `now`. */
export function elapsed(state: TimerState, now: number): number {
  return state.elapsedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** Milliseconds left in the current segment (negative once over time). */
export function remaining(state: TimerState, minutes: readonly number[], now: number): number {
  return (minutes[state.index] ?? 0) * 60_000 - elapsed(state, now);
}

export function timerReducer(state: TimerState, event: TimerEvent, count: number): TimerState {
  switch (event.type) {
    case 'start':
      return state.startedAt !== null || state.index >= count ? state : { ...state, startedAt: event.now };
    case 'pause':
      return state.startedAt === null ? state : { ...state, elapsedMs: elapsed(state, event.now), startedAt: null };
    case 'next': {
      const index = Math.min(count, state.index + 1);
      // Moving on keeps the clock running, as a facilitator expects; the meeting's end stops it.
      return { index, elapsedMs: 0, startedAt: state.startedAt !== null && index < count ? event.now : null };
    }
    case 'previous':
      return { index: Math.max(0, state.index - 1), elapsedMs: 0, startedAt: state.startedAt !== null ? event.now : null };
    case 'reset':
      return initialTimer;
  }
}

/** What to announce when the remaining time goes from `before` to `after`: two minutes left, or time up. */
export function crossing(before: number, after: number): 'twoMinutes' | 'timeUp' | undefined {
  if (before > 0 && after <= 0) return 'timeUp';
  if (before > 120_000 && after <= 120_000) return 'twoMinutes';
  return undefined;
}

/** 125 000 ms → "2:05"; over time reads "−0:30". */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  // Time left rounds up (a clock never shows 0:00 before the end); time over rounds down.
  const s = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  return `${negative ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
