/**
 * Short tweens on the app's ticker. The ticker (and with it Pixi's render) runs only while
 * something moves: an idle table draws nothing, so software WebGL spends no frame on it.
 */
import type { Ticker } from 'pixi.js';

/** Cubic ease-in-out: motion starts and settles softly. */
export function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Linear interpolation. */
export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Interpolates two 0xRRGGBB colours channel by channel. */
export function lerpColour(a: number, b: number, t: number): number {
  if (a === b) return a;
  const r = Math.round(lerp((a >> 16) & 0xff, (b >> 16) & 0xff, t));
  const g = Math.round(lerp((a >> 8) & 0xff, (b >> 8) & 0xff, t));
  const bl = Math.round(lerp(a & 0xff, b & 0xff, t));
  return (r << 16) | (g << 8) | bl;
}

/** The default duration of a transition, in milliseconds. */
export const TWEEN_MS = 300;

interface Running {
  elapsed: number;
  readonly duration: number;
  readonly step: (k: number) => void;
}

/**
 * Runs tweens keyed by their owner: starting a tween for a key replaces the one running for it, so
 * a model arriving mid-transition retargets smoothly (owners keep their displayed value and tween
 * from there). Loops (a pulse) run until stopped.
 */
export class Tweens {
  private readonly running = new Map<object, Running>();
  private readonly loops = new Map<object, (ms: number) => void>();
  private attached = false;

  constructor(private readonly ticker: Ticker) {}

  /**
   * Calls `step` with the eased progress (0 → 1) on each frame for `duration` ms, ending with 1.
   * A zero duration applies the end at once.
   */
  start(key: object, duration: number, step: (k: number) => void): void {
    if (duration <= 0) {
      this.running.delete(key);
      step(1);
      return;
    }
    this.running.set(key, { elapsed: 0, duration, step });
    this.attach();
  }

  /** Calls `frame` with the elapsed ms on every frame until {@link stopLoop}. */
  loop(key: object, frame: (ms: number) => void): void {
    this.loops.set(key, frame);
    this.attach();
  }

  /** Drops the tween running for the key, if any, without its last step (its owner is going away). */
  stop(key: object): void {
    this.running.delete(key);
  }

  /** Stops a loop (no-op if none runs for the key). */
  stopLoop(key: object): void {
    this.loops.delete(key);
  }

  /** Whether a tween (not a loop) is running for the key. */
  isRunning(key: object): boolean {
    return this.running.has(key);
  }

  /** Stops everything and leaves the ticker. */
  destroy(): void {
    this.running.clear();
    this.loops.clear();
    this.detach();
  }

  /** Whether anything moves (the ticker then renders every frame). */
  get active(): boolean {
    return this.attached;
  }

  private attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.ticker.add(this.tick);
    this.ticker.start();
  }

  private detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.ticker.remove(this.tick);
    // The render of this very frame still runs (it is the next listener); then the ticker rests.
    queueMicrotask(() => {
      if (!this.attached) this.ticker.stop();
    });
  }

  private readonly tick = (ticker: Ticker): void => {
    // A long stall (background tab) must not make a tween skip: cap the step.
    const ms = Math.min(ticker.deltaMS, 100);
    for (const [key, run] of this.running) {
      run.elapsed += ms;
      const t = Math.min(1, run.elapsed / run.duration);
      if (t >= 1) this.running.delete(key);
      run.step(ease(t));
    }
    for (const frame of this.loops.values()) frame(ms);
    if (this.running.size === 0 && this.loops.size === 0) this.detach();
  };
}
