/**
 * The distinct wrong secrets (join codes, tokens) one address tried lately: at most `max` in any
 * `windowMs`. Trying the same wrong secret again tests nothing new, so it counts once: a class
 * whose devices all retry a stale link or a revoked token stays far below the limit, while someone
 * guessing codes, each one new, reaches it. Bounded memory: never more than `max` secrets.
 */
export class RecentFailures {
  /** When each secret last failed, oldest first (a Map keeps insertion order). */
  private readonly failed = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`a window allows at least one failure (got ${max})`);
    if (!(windowMs > 0)) throw new RangeError(`a window lasts a positive time (got ${windowMs} ms)`);
  }

  /**
   * Milliseconds from `now` until another new secret may be tried: 0 when one may be now.
   *
   * @example
   * const f = new RecentFailures(1, 60_000);
   * f.record('code:AAAAA', 0);
   * f.wait(15_000); // 45000
   */
  wait(now: number): number {
    this.forget(now);
    if (this.failed.size < this.max) return 0;
    return this.failed.values().next().value! + this.windowMs - now;
  }

  /** Records that `secret` failed at `now` (again: it moves to the newest, still counted once). */
  record(secret: string, now: number): void {
    this.forget(now);
    this.failed.delete(secret);
    if (this.failed.size >= this.max) this.failed.delete(this.failed.keys().next().value!);
    this.failed.set(secret, now);
  }

  /** Whether nothing failed within the window before `now`. */
  empty(now: number): boolean {
    this.forget(now);
    return this.failed.size === 0;
  }

  private forget(now: number): void {
    for (const [secret, at] of this.failed) {
      if (at > now - this.windowMs) break;
      this.failed.delete(secret);
    }
  }
}
