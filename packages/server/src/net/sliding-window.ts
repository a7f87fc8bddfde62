/**
 * A sliding-window log: at most `max` events in any `windowMs`. Unlike a token bucket it says
 * exactly when the next event is allowed (the oldest one leaves the window), which a refused client
 * is told. It never holds more than `max` times, so its memory is bounded.
 */
export class SlidingWindow {
  /** Times of the events still in the window, oldest first. */
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`a window allows at least one event (got ${max})`);
    if (!(windowMs > 0)) throw new RangeError(`a window lasts a positive time (got ${windowMs} ms)`);
  }

  /**
   * Milliseconds from `now` until another event is allowed: 0 when one is allowed now.
   *
   * @example
   * const w = new SlidingWindow(1, 60_000);
   * w.record(0);
   * w.wait(15_000); // 45000
   * w.wait(60_000); // 0
   */
  wait(now: number): number {
    this.forget(now);
    return this.times.length < this.max ? 0 : this.times[0]! + this.windowMs - now;
  }

  /** Records an event at `now` (if the window is full, the oldest is dropped: callers check `wait` first). */
  record(now: number): void {
    this.forget(now);
    if (this.times.length >= this.max) this.times.shift();
    this.times.push(now);
  }

  /** Whether no event is left in the window at `now`. */
  empty(now: number): boolean {
    this.forget(now);
    return this.times.length === 0;
  }

  /** Drops the events that have left the window. */
  private forget(now: number): void {
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
  }
}
