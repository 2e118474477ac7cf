import { RecentReads } from './recentReads';

/** A read that counts its calls and resolves when told to. */
function controlledRead<T>() {
  let calls = 0;
  let settle: { resolve: (v: T) => void; reject: (e: Error) => void } | undefined;
  const read = () => {
    calls += 1;
    return new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { read, calls: () => calls, resolve: (v: T) => settle!.resolve(v), reject: (e: Error) => settle!.reject(e) };
}

describe('RecentReads', () => {
  it('shares one read among callers within the allowed age, in flight or done', async () => {
    const reads = new RecentReads<number>();
    const r = controlledRead<number>();
    const first = reads.get('k', 1000, r.read);
    const second = reads.get('k', 1000, r.read);
    r.resolve(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(await reads.get('k', 1000, r.read)).toBe(7);
    expect(r.calls()).toBe(1);
  });

  it('reads again once the allowed age has passed, and always without an age', async () => {
    const reads = new RecentReads<string>();
    let n = 0;
    const read = async () => `read ${++n}`;
    expect(await reads.get('k', 1000, read)).toBe('read 1');
    expect(await reads.get('k', undefined, read)).toBe('read 2');
    expect(await reads.get('k', 1000, read)).toBe('read 2');
    await new Promise((r) => setTimeout(r, 30));
    expect(await reads.get('k', 10, read)).toBe('read 3');
    expect(await reads.get('other', 1000, read)).toBe('read 4');
  });

  it('never keeps a failed read', async () => {
    const reads = new RecentReads<number>();
    const failing = controlledRead<number>();
    const first = reads.get('k', 1000, failing.read);
    failing.reject(new Error('storage down'));
    await expect(first).rejects.toThrow('storage down');
    expect(await reads.get('k', 1000, async () => 5)).toBe(5);
  });

  it("applies this instance's own writes to a kept read, and forgets on request", async () => {
    const reads = new RecentReads<Map<string, number>>();
    const r = controlledRead<Map<string, number>>();
    const pending = reads.get('k', 1000, r.read);
    // A write that completes while the read is still in flight is applied once the read arrives.
    reads.amend('k', (m) => new Map(m).set('b', 2));
    r.resolve(new Map([['a', 1]]));
    expect([...(await pending)]).toEqual([['a', 1]]);
    expect([...(await reads.get('k', 1000, r.read))]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    reads.amend('absent', () => {
      throw new Error('nothing kept, nothing to amend');
    });
    reads.forget('k');
    expect([...(await reads.get('k', 1000, async () => new Map([['c', 3]])))]).toEqual([['c', 3]]);
    expect(r.calls()).toBe(1);
  });

  it('never reads ahead unless asked to', async () => {
    const reads = new RecentReads<string>();
    const r = controlledRead<string>();
    const first = reads.get('k', 200, r.read);
    r.resolve('kept');
    await first;
    await new Promise((done) => setTimeout(done, 150));
    expect(await reads.get('k', 200, r.read)).toBe('kept');
    expect(r.calls()).toBe(1);
  });

  describe('reading ahead past half the allowed age', () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    it('answers with the kept read at once and starts one read behind it, which replaces it', async () => {
      const reads = new RecentReads<string>(1000, 60_000, 0.5);
      const r = controlledRead<string>();
      const first = reads.get('k', 200, r.read);
      r.resolve('old');
      await first;
      await wait(120);
      // Both callers get the kept read without waiting; only one read starts behind it.
      expect(await Promise.all([reads.get('k', 200, r.read), reads.get('k', 200, r.read)])).toEqual(['old', 'old']);
      expect(r.calls()).toBe(2);
      r.resolve('new');
      await wait(0);
      expect(await reads.get('k', 200, r.read)).toBe('new');
      expect(r.calls()).toBe(2);
    });

    it("applies this instance's writes to the read behind, and a forget drops it", async () => {
      const reads = new RecentReads<Map<string, number>>(1000, 60_000, 0.5);
      const r = controlledRead<Map<string, number>>();
      const first = reads.get('k', 200, r.read);
      r.resolve(new Map([['a', 1]]));
      await first;
      await wait(120);
      await reads.get('k', 200, r.read);
      reads.amend('k', (m) => new Map(m).set('b', 2));
      r.resolve(new Map([['a', 1]]));
      await wait(0);
      expect([...(await reads.get('k', 200, r.read))]).toEqual([
        ['a', 1],
        ['b', 2],
      ]);

      await wait(120);
      await reads.get('k', 200, r.read);
      expect(r.calls()).toBe(3);
      // A forget while the read behind is on its way (a write): that read must not come back as the kept one.
      reads.forget('k');
      r.resolve(new Map([['stale', 0]]));
      await wait(0);
      expect([...(await reads.get('k', 200, async () => new Map([['fresh', 1]])))]).toEqual([['fresh', 1]]);
    });

    it('keeps the kept read when the read behind fails, and tries again on the next call', async () => {
      const reads = new RecentReads<string>(1000, 60_000, 0.5);
      const r = controlledRead<string>();
      const first = reads.get('k', 200, r.read);
      r.resolve('kept');
      await first;
      await wait(120);
      expect(await reads.get('k', 200, r.read)).toBe('kept');
      r.reject(new Error('storage down'));
      await wait(0);
      expect(await reads.get('k', 200, r.read)).toBe('kept');
      expect(r.calls()).toBe(3);
    });

    it('never answers with a read older than allowed, even while one is on its way', async () => {
      const reads = new RecentReads<string>(1000, 60_000, 0.5);
      const r = controlledRead<string>();
      const first = reads.get('k', 100, r.read);
      r.resolve('old');
      await first;
      await wait(60);
      await reads.get('k', 100, r.read);
      await wait(60);
      // Past the allowed age: a read of its own, not the kept one.
      const late = reads.get('k', 100, r.read);
      r.resolve('fresh');
      expect(await late).toBe('fresh');
      expect(r.calls()).toBe(3);
    });
  });
});
