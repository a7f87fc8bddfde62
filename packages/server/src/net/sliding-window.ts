/**
 * A sliding-window log: at most `max` events in any `windowMs`. Unlike a token bucket it says
 * exactly when the next event is allowed (the oldest one leaves the window), which a refused client
 * is told. It never holds more than `max` times, so its memory is bounded. Each event is a distinct
 * entry of a {@link RecentFailures} window (the same window, where every event counts).
 */
import { RecentFailures } from './recent-failures.js';

export class SlidingWindow {
  private readonly events: RecentFailures;
  private next = 0;

  constructor(max: number, windowMs: number) {
    this.events = new RecentFailures(max, windowMs);
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
    return this.events.wait(now);
  }

  /** Records an event at `now` (if the window is full, the oldest is dropped: callers check `wait` first). */
  record(now: number): void {
    this.events.record(String(this.next++), now);
  }

  /** Whether no event is left in the window at `now`. */
  empty(now: number): boolean {
    return this.events.empty(now);
  }
}
