import type { WorkshopView } from '@elan/core/contract';

/** What the save indicator says. `conflict` waits for the user to pick a version. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed' | 'conflict';

/**
 * Autosave as a pure state machine, so its races (an edit during a save, a conflict, a retry) are testable
 * without timers or a network. The hook drives it: it arms the debounce timer, starts the request when
 * `shouldStartSave` says so, and reports the outcome back.
 */
/** The least the machine needs of a stored version that beat ours: its ETag (the next If-Match). */
export interface StoredVersion {
  etag: string;
}

export interface AutosaveState<C extends StoredVersion = WorkshopView> {
  status: SaveStatus;
  /** Bumped by every edit; identifies the draft a save carries. */
  revision: number;
  /** The debounce delay has elapsed for the current revision. */
  due: boolean;
  /** The revision being saved, or null when no request is in flight. */
  inflight: number | null;
  /** The stored version this editor builds on (the next If-Match). */
  etag: string;
  /** The stored version that beat ours, while the user decides. */
  conflict: C | null;
}

export type AutosaveEvent<C extends StoredVersion = WorkshopView> =
  | { type: 'edited'; valid: boolean }
  | { type: 'debounceElapsed'; revision: number }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; etag: string }
  | { type: 'saveRejected' }
  | { type: 'saveFailed' }
  | { type: 'conflicted'; current: C }
  | { type: 'retry' }
  | { type: 'keepMine' }
  | { type: 'takeTheirs' }
  | { type: 'loaded'; etag: string };

/** The state right after loading a stored version. */
export function initialAutosave<C extends StoredVersion = WorkshopView>(etag: string): AutosaveState<C> {
  return { status: 'idle', revision: 0, due: false, inflight: null, etag, conflict: null };
}

/** Whether the driver should send the current draft now. */
export function shouldStartSave<C extends StoredVersion>(s: AutosaveState<C>): boolean {
  return s.status === 'pending' && s.due && s.inflight === null;
}

/** Applies one event. */
export function autosaveReducer<C extends StoredVersion>(s: AutosaveState<C>, e: AutosaveEvent<C>): AutosaveState<C> {
  switch (e.type) {
    case 'edited':
      // While the conflict dialog is open the form is behind a modal; edits cannot happen, and must not unstick it.
      if (s.status === 'conflict') return s;
      return { ...s, revision: s.revision + 1, due: false, status: e.valid ? 'pending' : 'invalid' };
    case 'debounceElapsed':
      return e.revision === s.revision && s.status === 'pending' ? { ...s, due: true } : s;
    case 'saveStarted':
      return shouldStartSave(s) ? { ...s, status: 'saving', due: false, inflight: s.revision } : s;
    case 'saveSucceeded': {
      if (s.inflight === null) return s;
      // An edit made during the save keeps its own status (pending or invalid) and will be saved next.
      const latestSaved = s.inflight === s.revision;
      return { ...s, etag: e.etag, inflight: null, status: latestSaved ? 'saved' : s.status };
    }
    case 'saveRejected': {
      if (s.inflight === null) return s;
      return { ...s, inflight: null, status: s.inflight === s.revision ? 'invalid' : s.status };
    }
    case 'saveFailed': {
      if (s.inflight === null) return s;
      return { ...s, inflight: null, status: s.inflight === s.revision ? 'failed' : s.status };
    }
    case 'conflicted':
      return { ...s, inflight: null, due: false, status: 'conflict', conflict: e.current };
    case 'retry':
      return s.status === 'failed' ? { ...s, status: 'pending', due: true } : s;
    case 'keepMine':
      // Save my draft over theirs, knowingly: build on their version so the API accepts it.
      if (!s.conflict) return s;
      return { ...s, etag: s.conflict.etag, conflict: null, status: 'pending', due: true };
    case 'takeTheirs':
      // The form now shows their version, which is what is stored: nothing left to save.
      if (!s.conflict) return s;
      return { ...s, etag: s.conflict.etag, conflict: null, status: 'saved', revision: s.revision + 1, due: false };
    case 'loaded':
      return initialAutosave<C>(e.etag);
  }
}
