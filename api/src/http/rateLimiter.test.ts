import { RateLimiter } from './rateLimiter';

describe('RateLimiter', () => {
  it('allows a burst, then asks to wait, and refills over time, per key', () => {
    const limiter = new RateLimiter(3, 1);
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([0, 0, 0]);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.take('a', 1000)).toBe(0);
    expect(limiter.take('a', 1000)).toBe(1);
  });
});
