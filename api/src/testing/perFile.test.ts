import { startedPerFile } from './perFile';

class Counter {
  value = 0;
  /** Uses `this`, so the handle must call it on the running object. */
  add(n: number) {
    this.value += n;
    return this.value;
  }
}

const stopped: Counter[] = [];

describe('startedPerFile', () => {
  let early: unknown;
  const counter = startedPerFile(
    async () => new Counter(),
    async (running) => {
      stopped.push(running);
    },
  );
  try {
    void counter.value;
  } catch (error) {
    early = error;
  }

  it('refuses use before beforeAll ran', () => {
    expect(early).toEqual(new Error('This starts in beforeAll: use it inside hooks and tests.'));
  });

  it('forwards reads, method calls (with their this) and writes to the running object', () => {
    expect(counter.add(2)).toBe(2);
    counter.value = 10;
    expect(counter.add(1)).toBe(11);
    expect(stopped).toEqual([]);
  });
});

describe('after the block', () => {
  it('stopped the running object once', () => {
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.value).toBe(11);
  });
});
