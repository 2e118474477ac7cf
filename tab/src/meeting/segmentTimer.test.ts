import { crossing, elapsed, formatClock, initialTimer, remaining, timerReducer, type TimerEvent } from './segmentTimer';

const run = (events: TimerEvent[], count = 3) => events.reduce((s, e) => timerReducer(s, e, count), initialTimer);

describe('segment timer', () => {
  const minutes = [10, 15, 5];

  it('counts while running and holds while paused', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'pause', now: 60_000 },
      { type: 'start', now: 120_000 },
    ]);
    expect(elapsed(s, 150_000)).toBe(90_000);
    expect(remaining(s, minutes, 150_000)).toBe(510_000);
    expect(run([{ type: 'pause', now: 5 }])).toBe(initialTimer);
  });

  it('moves to the next segment with a fresh clock, and stops after the last', () => {
    let s = run([
      { type: 'start', now: 0 },
      { type: 'next', now: 30_000 },
    ]);
    expect(s).toEqual({ index: 1, elapsedMs: 0, startedAt: 30_000 });
    s = run(
      [
        { type: 'next', now: 40_000 },
        { type: 'next', now: 50_000 },
      ],
      3,
    );
    expect(s.index).toBe(2);
    s = [
      { type: 'start', now: 0 } as const,
      { type: 'next', now: 1 } as const,
      { type: 'next', now: 2 } as const,
      { type: 'next', now: 3 } as const,
    ].reduce((st, e) => timerReducer(st, e, 3), initialTimer);
    expect(s).toEqual({ index: 3, elapsedMs: 0, startedAt: null });
    expect(timerReducer(s, { type: 'start', now: 9 }, 3)).toBe(s);
    expect(timerReducer(s, { type: 'previous', now: 9 }, 3)).toEqual({ index: 2, elapsedMs: 0, startedAt: null });
    expect(timerReducer(s, { type: 'reset' }, 3)).toEqual(initialTimer);
  });

  it('says when two minutes are left and when time is up, once', () => {
    expect(crossing(130_000, 119_000)).toBe('twoMinutes');
    expect(crossing(119_000, 100_000)).toBeUndefined();
    expect(crossing(1_000, 0)).toBe('timeUp');
    expect(crossing(0, -1_000)).toBeUndefined();
  });

  it('shows the time left as m:ss, and time over with a minus sign', () => {
    expect(formatClock(125_000)).toBe('2:05');
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(-30_000)).toBe('−0:30');
  });
});
