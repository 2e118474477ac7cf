import { collectSpans, collectingSpans, span, takeSpans } from './spans';

afterEach(() => collectSpans(false));

describe('span', () => {
  it('records nothing and passes results through while spans are off', async () => {
    expect(collectingSpans()).toBe(false);
    expect(span('sync', () => 42)).toBe(42);
    await expect(span('async', async () => 'done')).resolves.toBe('done');
    expect(takeSpans()).toEqual([]);
  });

  it('times a synchronous call and a promise until it settles, each under its name', async () => {
    collectSpans(true);
    const before = Date.now();
    expect(span('card', () => 'rendered')).toBe('rendered');
    await expect(span('batch', () => new Promise((resolve) => setTimeout(() => resolve('stored'), 30)))).resolves.toBe('stored');
    const spans = takeSpans();
    expect(spans.map((s) => s.name)).toEqual(['card', 'batch']);
    expect(spans[1]!.ms).toBeGreaterThanOrEqual(25);
    for (const s of spans) expect(Math.abs(s.start - before)).toBeLessThan(1000);
    expect(takeSpans()).toEqual([]);
  });

  it('records failures too and lets them through', async () => {
    collectSpans(true);
    expect(() =>
      span('throws', () => {
        throw new Error('sync failure');
      }),
    ).toThrow('sync failure');
    await expect(span('rejects', () => Promise.reject(new Error('storage down')))).rejects.toThrow('storage down');
    expect(takeSpans().map((s) => s.name)).toEqual(['throws', 'rejects']);
  });

  it('drops what was collected when collection restarts or stops', () => {
    collectSpans(true);
    span('old', () => 1);
    collectSpans(true);
    span('new', () => 2);
    expect(takeSpans().map((s) => s.name)).toEqual(['new']);
    collectSpans(false);
    span('off', () => 3);
    expect(takeSpans()).toEqual([]);
  });
});
