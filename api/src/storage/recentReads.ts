/**
 * Reads kept for a short while and shared by concurrent callers: a hundred members acting on the same
 * card at once cost one storage read, not a hundred. The promise is kept (not only its result), so
 * callers arriving while a read is in flight wait for that read. A failed read is never kept.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    /** Above this many keys, entries older than `keepMs` are dropped. */
    private readonly maxKeys = 1000,
    private readonly keepMs = 60_000,
  ) {}

  /** The value read under `key` at most `maxAgeMs` ago; without `maxAgeMs`, a fresh read (kept for the next callers). */
  get(key: string, maxAgeMs: number | undefined, read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const kept = this.entries.get(key);
    if (maxAgeMs && kept && now - kept.at <= maxAgeMs) return kept.value;
    const entry = { at: now, value: read() };
    this.keep(key, entry);
    if (this.entries.size > this.maxKeys) for (const [k, e] of this.entries) if (now - e.at > this.keepMs) this.entries.delete(k);
    return entry.value;
  }

  /** Applies this instance's own write to a kept read, so the next caller here sees it at once. */
  amend(key: string, change: (value: T) => T): void {
    const kept = this.entries.get(key);
    if (kept) this.keep(key, { at: kept.at, value: kept.value.then(change) });
  }

  /** Drops what is kept under `key`: the next caller reads again. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  private keep(key: string, entry: { at: number; value: Promise<T> }): void {
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
  }
}
