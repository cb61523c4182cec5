/**
 * Failures per key within a sliding window: a key with `limit` failures in the last `windowMs` is refused until
 * the oldest of them leaves the window. Kept in memory, per process.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Beyond this many keys, keys without recent failures are forgotten (a spray of usernames cannot fill memory). */
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    const oldestCounted = recent[recent.length - this.limit];
    return recent.length >= this.limit && oldestCounted !== undefined ? oldestCounted + this.windowMs - now : 0;
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent.slice(-this.limit));
    if (this.failures.size > this.maxKeys) this.forgetIdle(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private forgetIdle(now: number): void {
    for (const [key, times] of this.failures) {
      if (!times.some((at) => at > now - this.windowMs)) this.failures.delete(key);
    }
  }
}
