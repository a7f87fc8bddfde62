/** The sliding-window log behind the limits per address: at most `max` events in any window. */
import { describe, expect, it } from 'vitest';
import { SlidingWindow } from '../../src/net/sliding-window.js';

describe('SlidingWindow', () => {
  it('allows max events in a window, then says when the oldest leaves it', () => {
    const w = new SlidingWindow(3, 10_000);
    for (const t of [0, 1_000, 2_000]) {
      expect(w.wait(t)).toBe(0);
      w.record(t);
    }
    expect(w.wait(2_500)).toBe(7_500);
    expect(w.wait(9_999)).toBe(1);
    expect(w.wait(10_000)).toBe(0);
    w.record(10_000);
    expect(w.wait(10_500)).toBe(500);
  });

  it('is empty once every event has aged out, and holds at most max events', () => {
    const w = new SlidingWindow(2, 1_000);
    expect(w.empty(0)).toBe(true);
    for (let t = 0; t < 5; t++) w.record(t);
    expect(w.empty(999)).toBe(false);
    // Five records, but only the newest two are kept: the window empties 1 s after the last.
    expect(w.empty(1_003)).toBe(false);
    expect(w.empty(1_004)).toBe(true);
  });

  it('refuses a window that allows nothing', () => {
    expect(() => new SlidingWindow(0, 1_000)).toThrow(RangeError);
    expect(() => new SlidingWindow(1, 0)).toThrow(RangeError);
  });
});
