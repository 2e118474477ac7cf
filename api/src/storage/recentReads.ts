/**
 * Reads kept for a short while and shared by concurrent callers: a hundred members acting on the same
 * card at once cost one storage read, not a hundred. The promise is kept (not only its result), so
 * callers arriving while a read is in flight wait for that read. A failed read is never kept.
 *
 * With `refreshAt` (a fraction of the allowed age), a caller who finds a kept read past that share of its
 * age gets it at once and starts the next read behind it, which replaces it when it arrives: under steady
 * traffic nobody waits for a read to expire, and nobody gets one older than allowed. It costs reads (one
 * per `refreshAt` × age instead of one per age), so it suits a long-kept read that many wait for.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();
  /** Reads started ahead of expiry, by key; `id` tells a later refresh (or a forget) from this one. */
  private readonly refreshing = new Map<string, { at: number; value: Promise<T>; id: object }>();

  constructor(
    /** Above this many keys, entries older than `keepMs` are dropped. */
    private readonly maxKeys = 1000,
    private readonly keepMs = 60_000,
    private readonly refreshAt?: number,
  ) {}

  /** The value read under `key` at most `maxAgeMs` ago; without `maxAgeMs`, a fresh read (kept for the next callers). */
  get(key: string, maxAgeMs: number | undefined, read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const kept = this.entries.get(key);
    if (maxAgeMs && kept && now - kept.at <= maxAgeMs) {
      if (this.refreshAt !== undefined && now - kept.at > maxAgeMs * this.refreshAt && !this.refreshing.has(key))
        this.refresh(key, now, read);
      return kept.value;
    }
    this.refreshing.delete(key);
    const entry = { at: now, value: read() };
    this.keep(key, entry);
    if (this.entries.size > this.maxKeys) for (const [k, e] of this.entries) if (now - e.at > this.keepMs) this.entries.delete(k);
    return entry.value;
  }

  /** Applies this instance's own write to a kept read (and to the one behind it), so the next caller here sees it at once. */
  amend(key: string, change: (value: T) => T): void {
    const kept = this.entries.get(key);
    if (kept) this.keep(key, { at: kept.at, value: kept.value.then(change) });
    const next = this.refreshing.get(key);
    if (next) {
      const value = next.value.then(change);
      value.catch(() => undefined);
      this.refreshing.set(key, { ...next, value });
    }
  }

  /** Drops what is kept under `key`, and any read on its way to replace it: the next caller reads again. */
  forget(key: string): void {
    this.entries.delete(key);
    this.refreshing.delete(key);
  }

  /** Starts the read that will replace the kept one, unless a forget or a fresh read comes first. */
  private refresh(key: string, now: number, read: () => Promise<T>): void {
    const id = {};
    const value = read();
    this.refreshing.set(key, { at: now, value, id });
    value.then(
      () => {
        const next = this.refreshing.get(key);
        if (next?.id !== id) return;
        this.refreshing.delete(key);
        this.keep(key, { at: next.at, value: next.value });
      },
      () => {
        if (this.refreshing.get(key)?.id === id) this.refreshing.delete(key);
      },
    );
  }

  private keep(key: string, entry: { at: number; value: Promise<T> }): void {
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
  }
}
