import type { WorkshopView } from '@elan/core/contract';
import { AutosaveController, type SaveOutcome } from './autosaveController';

interface SaveCall {
  draft: Record<string, unknown>;
  etag: string;
  resolve(outcome: SaveOutcome): void;
}

function setup(delayMs = 800) {
  const calls: SaveCall[] = [];
  const controller = new AutosaveController({
    etag: '"v1"',
    delayMs,
    save: (draft, etag) => new Promise<SaveOutcome>((resolve) => calls.push({ draft, etag, resolve })),
  });
  const statuses: string[] = [];
  controller.subscribe(() => statuses.push(controller.getSnapshot().status));
  return { controller, calls, statuses };
}

const settle = () => Promise.resolve().then(() => undefined);

describe('AutosaveController', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('debounces edits and sends the latest draft with the stored etag', async () => {
    const { controller, calls, statuses } = setup();
    controller.edit({ name: 'a' }, true);
    jest.advanceTimersByTime(500);
    controller.edit({ name: 'ab' }, true);
    jest.advanceTimersByTime(799);
    expect(calls).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ draft: { name: 'ab' }, etag: '"v1"' });
    calls[0]!.resolve({ kind: 'saved', etag: '"v2"' });
    await settle();
    expect(controller.getSnapshot()).toMatchObject({ status: 'saved', etag: '"v2"' });
    expect(statuses).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
  });

  it('does not save an invalid draft', () => {
    const { controller, calls } = setup();
    controller.edit({ name: 'x'.repeat(61) }, false);
    jest.advanceTimersByTime(5000);
    expect(calls).toHaveLength(0);
    expect(controller.getSnapshot().status).toBe('invalid');
  });

  it('chains a second save for an edit made while saving, on the new etag', async () => {
    const { controller, calls } = setup();
    controller.edit({ name: 'a' }, true);
    jest.advanceTimersByTime(800);
    controller.edit({ name: 'b' }, true);
    jest.advanceTimersByTime(800);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ kind: 'saved', etag: '"v2"' });
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ draft: { name: 'b' }, etag: '"v2"' });
  });

  it('keeps the draft after a failure and retries it', async () => {
    const { controller, calls } = setup();
    controller.edit({ name: 'typed' }, true);
    jest.advanceTimersByTime(800);
    calls[0]!.resolve({ kind: 'failed' });
    await settle();
    expect(controller.getSnapshot().status).toBe('failed');
    controller.retry();
    expect(calls[1]).toMatchObject({ draft: { name: 'typed' }, etag: '"v1"' });
  });

  it('keep mine re-sends my draft over their etag; take theirs sends nothing', async () => {
    const current = { n: 1, data: { name: 'theirs' }, etag: '"v9"' } as unknown as WorkshopView;
    const { controller, calls } = setup();
    controller.edit({ name: 'mine' }, true);
    jest.advanceTimersByTime(800);
    calls[0]!.resolve({ kind: 'conflict', current });
    await settle();
    expect(controller.getSnapshot()).toMatchObject({ status: 'conflict', conflict: current });
    controller.keepMine();
    expect(calls[1]).toMatchObject({ draft: { name: 'mine' }, etag: '"v9"' });

    const other = setup();
    other.controller.edit({ name: 'mine' }, true);
    jest.advanceTimersByTime(800);
    other.calls[0]!.resolve({ kind: 'conflict', current });
    await settle();
    other.controller.takeTheirs();
    jest.advanceTimersByTime(5000);
    expect(other.calls).toHaveLength(1);
    expect(other.controller.getSnapshot()).toMatchObject({ status: 'saved', etag: '"v9"' });
    // The next edit builds on their version.
    other.controller.edit({ name: 'theirs!' }, true);
    jest.advanceTimersByTime(800);
    expect(other.calls[1]).toMatchObject({ etag: '"v9"' });
  });

  it('flush saves a pending edit at once when the editor closes', () => {
    const { controller, calls } = setup();
    controller.edit({ name: 'last words' }, true);
    controller.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.draft).toEqual({ name: 'last words' });
  });
});
