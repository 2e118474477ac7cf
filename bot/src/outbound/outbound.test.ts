import { RateWindow } from './rateWindow';
import { isRetryable, retryDelayMs } from './retryPolicy';

describe('RateWindow', () => {
  it('lets 7 sends through in a second, then waits until the oldest is a second old', () => {
    const w = new RateWindow(7, 1000);
    for (let i = 0; i < 7; i++) {
      expect(w.waitMs(1000 + i)).toBe(0);
      w.record(1000 + i);
    }
    expect(w.waitMs(1010)).toBe(990);
    w.record(2000);
    expect(w.waitMs(2000)).toBe(1);
  });
});

describe('retry policy', () => {
  const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };
  const httpError = (status: number, retryAfter?: string) => ({
    status,
    response: { headers: new Headers(retryAfter ? { 'retry-after': retryAfter } : {}) },
  });

  it('retries throttling, conflicts and gateway errors, and network failures; not client errors', () => {
    for (const status of [412, 429, 502, 503, 504]) expect(isRetryable(httpError(status))).toBe(true);
    for (const status of [400, 401, 403, 404]) expect(isRetryable(httpError(status))).toBe(false);
    expect(isRetryable(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });

  it('honours Retry-After, else backs off exponentially with jitter, capped', () => {
    expect(retryDelayMs(httpError(429, '2'), 1, { ...policy, maxDelayMs: 5000 })).toBe(2000);
    expect(retryDelayMs(httpError(503), 1, policy, () => 0)).toBe(50);
    expect(retryDelayMs(httpError(503), 1, policy, () => 1)).toBe(100);
    expect(retryDelayMs(httpError(503), 3, policy, () => 1)).toBe(400);
    expect(retryDelayMs(httpError(503), 10, policy, () => 1)).toBe(1000);
  });
});
