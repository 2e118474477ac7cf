/**
 * Keeps sends to one conversation within Teams' limit (7 messages per second): remembers the last
 * `limit` send times and says how long to wait before the next one.
 */
export class RateWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit = 7,
    private readonly windowMs = 1000,
  ) {}

  /** Milliseconds to wait before sending at `now`. */
  waitMs(now: number): number {
    if (this.times.length < this.limit) return 0;
    return Math.max(0, this.times[0]! + this.windowMs - now);
  }

  /** Records a send at `now`. */
  record(now: number): void {
    this.times.push(now);
    if (this.times.length > this.limit) this.times.shift();
  }
}
