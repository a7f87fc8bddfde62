import { describe, expect, it } from 'vitest';
import { RESTART_GRACE_MS, StepClock } from '../../src/games/step-timer.js';

describe('StepClock', () => {
  it('counts the time since the step began, not the pauses', () => {
    const clock = new StepClock(0);
    clock.track(3, false, 1_000);
    expect(clock.remaining(60_000, 11_000)).toBe(50_000);
    clock.pausedOrResumed(true, 11_000);
    expect(clock.remaining(60_000, 40_000)).toBe(50_000);
    clock.pausedOrResumed(false, 41_000);
    expect(clock.remaining(60_000, 51_000)).toBe(40_000);
  });

  it('gives a new step, a restart or a step begun paused its whole time', () => {
    const clock = new StepClock(0);
    clock.track(3, false, 1_000);
    const key = clock.key;
    clock.track(3, false, 5_000);
    expect(clock.key).toBe(key);
    clock.track(4, true, 9_000);
    expect(clock.key).not.toBe(key);
    expect(clock.remaining(60_000, 30_000)).toBe(60_000);
    clock.restart();
    clock.track(4, false, 40_000);
    expect(clock.remaining(60_000, 40_000)).toBe(60_000);
  });

  it('leaves at least the grace after a long outage, or the whole step when it is shorter', () => {
    const clock = new StepClock(0);
    clock.track(1, false, 0);
    expect(clock.remaining(60_000, 600_000)).toBe(RESTART_GRACE_MS);
    expect(clock.remaining(5_000, 600_000)).toBe(5_000);
  });
});
