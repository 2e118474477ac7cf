import type { WorkshopView } from '@elan/core/contract';
import {
  type AutosaveEvent,
  type AutosaveState,
  autosaveReducer,
  initialAutosave,
  shouldStartSave,
  type StoredVersion,
} from './autosaveMachine';

/** A stored version the editor can adopt on "take theirs": its ETag and its data as a draft. */
export interface AdoptableVersion<D> extends StoredVersion {
  data: D;
}

/** How one save request ended, as the caller's `save` function reports it. */
export type SaveOutcome<C extends StoredVersion = WorkshopView> =
  | { kind: 'saved'; etag: string }
  | { kind: 'conflict'; current: C }
  /** The API refused the draft (400); the caller shows the field details. */
  | { kind: 'rejected' }
  | { kind: 'failed' };

export interface AutosaveOptions<D, C extends AdoptableVersion<D>> {
  /** The stored version the editor loaded. */
  etag: string;
  /** Sends the whole draft with `If-Match: etag`. Must not throw. */
  save(draft: D, etag: string): Promise<SaveOutcome<C>>;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
}

/**
 * Runs the autosave machine against real time and a real `save` function, outside React, so that
 * components only subscribe to its state (`useSyncExternalStore`) and send it edits.
 */
export class AutosaveController<D = Record<string, unknown>, C extends AdoptableVersion<D> = WorkshopView & AdoptableVersion<D>> {
  private state: AutosaveState<C>;
  private draft: D | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly delayMs: number;
  private flushing = false;

  constructor(private readonly options: AutosaveOptions<D, C>) {
    this.state = initialAutosave<C>(options.etag);
    this.delayMs = options.delayMs ?? 800;
  }

  /** The current state (stable object between changes, as `useSyncExternalStore` requires). */
  getSnapshot = (): AutosaveState<C> => this.state;

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Records the user's latest draft; `valid` says whether the draft schema accepts it. */
  edit(draft: D, valid: boolean): void {
    this.draft = draft;
    this.apply({ type: 'edited', valid });
    this.armTimer();
  }

  /** Tries again after a failed save. */
  retry(): void {
    this.apply({ type: 'retry' });
  }

  /** Resolves a conflict by saving my draft over the other version. */
  keepMine(): void {
    this.apply({ type: 'keepMine' });
  }

  /** Resolves a conflict by adopting the other version; the caller shows `current.data`. */
  takeTheirs(): void {
    const current = this.state.conflict;
    if (!current) return;
    this.draft = current.data;
    this.apply({ type: 'takeTheirs' });
  }

  /** Starts over from a stored version the editor now shows (a restored version): nothing left to save. */
  load(draft: D, etag: string): void {
    clearTimeout(this.timer);
    this.draft = draft;
    this.apply({ type: 'loaded', etag });
  }

  /** Re-enables debouncing after `flush` (React may remount the same editor). */
  resume(): void {
    this.flushing = false;
  }

  /** The editor is going away: save any valid pending edit now instead of waiting, so nothing typed is lost. */
  flush(): void {
    this.flushing = true;
    clearTimeout(this.timer);
    if (this.state.status === 'pending') this.apply({ type: 'debounceElapsed', revision: this.state.revision });
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    if (this.state.status !== 'pending') return;
    const revision = this.state.revision;
    if (this.flushing) {
      this.apply({ type: 'debounceElapsed', revision });
      return;
    }
    this.timer = setTimeout(() => this.apply({ type: 'debounceElapsed', revision }), this.delayMs);
  }

  private apply(event: AutosaveEvent<C>): void {
    const next = autosaveReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
    if (shouldStartSave(this.state)) this.startSave();
  }

  private startSave(): void {
    const draft = this.draft;
    // A save is only ever due after an edit, which sets the draft.
    if (draft === undefined) return;
    const etag = this.state.etag;
    this.apply({ type: 'saveStarted' });
    void this.options.save(draft, etag).then((outcome) => {
      switch (outcome.kind) {
        case 'saved':
          return this.apply({ type: 'saveSucceeded', etag: outcome.etag });
        case 'conflict':
          return this.apply({ type: 'conflicted', current: outcome.current });
        case 'rejected':
          return this.apply({ type: 'saveRejected' });
        case 'failed':
          return this.apply({ type: 'saveFailed' });
      }
    });
  }
}
