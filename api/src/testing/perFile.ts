/**
 * Starts something in `beforeAll` and stops it in `afterAll`, returning at once a handle that forwards
 * to it: a test file declares `const app = useTestApp()` where it would otherwise declare `let app` and
 * write the two hooks. Using the handle before `beforeAll` ran is a mistake, said plainly.
 */
export function startedPerFile<T extends object>(start: () => Promise<T>, stop: (running: T) => Promise<void>): T {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(async () => {
    if (running) await stop(running);
  });
  const live = (): T => {
    if (!running) throw new Error('This starts in beforeAll: use it inside hooks and tests.');
    return running;
  };
  return new Proxy({} as T, {
    get(_target, key) {
      const target = live();
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(_target, key, value) {
      return Reflect.set(live(), key, value);
    },
  });
}
