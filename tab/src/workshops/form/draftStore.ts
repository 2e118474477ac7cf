/**
 * The draft being edited, outside React, so every change is computed from the latest draft: an undo offered
 * eight seconds ago, or a list operation fired twice quickly, never works on a stale copy.
 */
export class DraftStore<D> {
  private readonly listeners = new Set<() => void>();

  constructor(private draft: D) {}

  /** The current draft (stable between changes, as `useSyncExternalStore` requires). */
  get = (): D => this.draft;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies `change` to the latest draft and returns the result. */
  update(change: (draft: D) => D): D {
    const next = change(this.draft);
    if (next !== this.draft) {
      this.draft = next;
      for (const listener of this.listeners) listener();
    }
    return next;
  }
}
