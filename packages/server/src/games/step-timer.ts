/**
 * The decision timer of one game: a deadline per step, frozen by a pause. When it expires the
 * owner forces the step (absent seats get the engine's safe default, recorded as a fault). The
 * timer is wall-clock state of the server, not of the game: it is not journaled, and a restarted
 * server gives the current step its full time again.
 */

/** A timer that fires once per armed step. */
export class StepTimer {
  private handle: NodeJS.Timeout | null = null;
  private armedStep = -1;
  /** Epoch ms at which the armed step expires (null: no timer running). */
  deadline: number | null = null;
  /** Milliseconds left when paused (null: not paused with a timer). */
  private remaining: number | null = null;

  constructor(private readonly onExpire: (step: number) => void) {}

  /**
   * Makes sure the timer matches the step: a new step gets `seconds` (or no timer when null); the
   * same step keeps its running deadline.
   */
  sync(step: number, seconds: number | null): void {
    if (step === this.armedStep) return;
    this.stop();
    this.armedStep = step;
    this.remaining = null;
    if (seconds !== null) this.start(step, seconds * 1000);
  }

  /** Freezes the running deadline (a pause). */
  freeze(): void {
    if (this.deadline === null) return;
    this.remaining = Math.max(0, this.deadline - Date.now());
    this.stop();
  }

  /** Restarts a frozen deadline with the time it had left (a resume). */
  thaw(): void {
    if (this.remaining === null) return;
    const left = this.remaining;
    this.remaining = null;
    this.start(this.armedStep, left);
  }

  /** Stops the timer for good (the game ended or the server stops). */
  stop(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
    this.deadline = null;
  }

  private start(step: number, ms: number): void {
    this.deadline = Date.now() + ms;
    this.handle = setTimeout(() => {
      this.handle = null;
      this.deadline = null;
      this.onExpire(step);
    }, ms);
    // A pending step timer must not keep a stopping process alive.
    this.handle.unref();
  }
}
