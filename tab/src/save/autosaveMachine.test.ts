import type { WorkshopView } from '@elan/core/contract';
import { type AutosaveEvent, type AutosaveState, autosaveReducer, initialAutosave, shouldStartSave } from './autosaveMachine';

const run = (events: AutosaveEvent[], from: AutosaveState = initialAutosave('"v1"')) => events.reduce(autosaveReducer, from);

const theirs: WorkshopView = {
  n: 1,
  state: 'inProgress',
  missing: [],
  version: 3,
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: { userId: 'a', name: 'A' },
  data: { name: 'Theirs' },
  etag: '"v3"',
};

describe('autosave machine', () => {
  it('saves only after the debounce of the latest edit', () => {
    let s = run([
      { type: 'edited', valid: true },
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
    ]);
    expect(s.status).toBe('pending');
    expect(shouldStartSave(s)).toBe(false);
    s = run([{ type: 'debounceElapsed', revision: 2 }], s);
    expect(shouldStartSave(s)).toBe(true);
    s = run([{ type: 'saveStarted' }, { type: 'saveSucceeded', etag: '"v2"' }], s);
    expect(s).toMatchObject({ status: 'saved', etag: '"v2"', inflight: null });
    expect(shouldStartSave(s)).toBe(false);
  });

  it('never saves an invalid draft', () => {
    const s = run([
      { type: 'edited', valid: false },
      { type: 'debounceElapsed', revision: 1 },
    ]);
    expect(s.status).toBe('invalid');
    expect(shouldStartSave(s)).toBe(false);
    expect(run([{ type: 'saveStarted' }], s).status).toBe('invalid');
  });

  it('saves again when an edit lands during a save, building on the new etag', () => {
    let s = run([{ type: 'edited', valid: true }, { type: 'debounceElapsed', revision: 1 }, { type: 'saveStarted' }]);
    s = run(
      [
        { type: 'edited', valid: true },
        { type: 'debounceElapsed', revision: 2 },
      ],
      s,
    );
    expect(shouldStartSave(s)).toBe(false); // one request at a time
    s = run([{ type: 'saveSucceeded', etag: '"v2"' }], s);
    expect(s).toMatchObject({ status: 'pending', etag: '"v2"' });
    expect(shouldStartSave(s)).toBe(true);
  });

  it('keeps an invalid edit made during a save marked invalid', () => {
    const s = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'edited', valid: false },
      { type: 'saveSucceeded', etag: '"v2"' },
    ]);
    expect(s).toMatchObject({ status: 'invalid', etag: '"v2"' });
  });

  it('reports a failure and retries on demand or on the next edit', () => {
    const failed = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'saveFailed' },
    ]);
    expect(failed).toMatchObject({ status: 'failed', etag: '"v1"' });
    expect(shouldStartSave(run([{ type: 'retry' }], failed))).toBe(true);
    expect(run([{ type: 'edited', valid: true }], failed).status).toBe('pending');
  });

  it('marks a draft the API rejected as invalid', () => {
    const s = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'saveRejected' },
    ]);
    expect(s.status).toBe('invalid');
  });

  it('holds a conflict until the user decides', () => {
    const c = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'conflicted', current: theirs },
    ]);
    expect(c).toMatchObject({ status: 'conflict', conflict: theirs, inflight: null });
    expect(
      run(
        [
          { type: 'edited', valid: true },
          { type: 'debounceElapsed', revision: 1 },
        ],
        c,
      ).status,
    ).toBe('conflict');
    expect(shouldStartSave(c)).toBe(false);
  });

  it('keep mine: saves my draft over their etag right away', () => {
    const c = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'conflicted', current: theirs },
    ]);
    const s = run([{ type: 'keepMine' }], c);
    expect(s).toMatchObject({ status: 'pending', etag: '"v3"', conflict: null });
    expect(shouldStartSave(s)).toBe(true);
  });

  it('take theirs: adopts their etag with nothing left to save', () => {
    const c = run([
      { type: 'edited', valid: true },
      { type: 'debounceElapsed', revision: 1 },
      { type: 'saveStarted' },
      { type: 'conflicted', current: theirs },
    ]);
    const s = run([{ type: 'takeTheirs' }], c);
    expect(s).toMatchObject({ status: 'saved', etag: '"v3"', conflict: null });
    expect(shouldStartSave(s)).toBe(false);
  });

  it('ignores outcomes of requests it did not start', () => {
    const s = initialAutosave('"v1"');
    expect(run([{ type: 'saveSucceeded', etag: '"x"' }, { type: 'saveFailed' }], s)).toEqual(s);
  });
});
