/**
 * The decision timer of one game: a deadline per step, frozen by a pause. When it expires the
 * owner forces the step (absent seats get the engine's safe default, recorded as a fault).
 *
 * The deadline is derived from the journal's times ({@link StepClock}), not kept apart: a
 * restarted server gives the current step what was left of its time (wall-clock time while the
 * server was down counts, pauses do not), with at least {@link RESTART_GRACE_MS} so teams whose
 * screens reconnect can still answer.
 */

/** The least time a step has left after a restart (or a timer change), in ms. */
export const RESTART_GRACE_MS = 15_000;

/** A {@link StepClock}'s figures, as plain data. */
export interface StepClockSnapshot {
  readonly step: number;
  readonly startedAt: number;
  readonly pausedFor: number;
  readonly pausedAt: number | null;
}

/**
 * When the current step began and how long it has been paused, from the times of the journal's
 * records (so a rebuild from the journal finds the same figures as the live game).
 */
export class StepClock {
  private step = -1;
  private startedAt: number;
  private pausedFor = 0;
  private pausedAt: number | null = null;

  constructor(createdAt: number) {
    this.startedAt = createdAt;
  }

  /** A key that changes whenever the step's time starts again (a new step, a rollback, new timers). */
  get key(): string {
    return `${this.step}@${this.startedAt}`;
  }

  /** Notes where the game is after a record of time `at`: a new step starts its time then. */
  track(step: number, paused: boolean, at: number): void {
    if (step === this.step) return;
    this.step = step;
    this.startedAt = at;
    this.pausedFor = 0;
    this.pausedAt = paused ? at : null;
  }

  /** The clock's figures, to cross to another thread. */
  snapshot(): StepClockSnapshot {
    return { step: this.step, startedAt: this.startedAt, pausedFor: this.pausedFor, pausedAt: this.pausedAt };
  }

  /** Takes the figures of a {@link snapshot}. */
  restore(snapshot: StepClockSnapshot): void {
    ({ step: this.step, startedAt: this.startedAt, pausedFor: this.pausedFor, pausedAt: this.pausedAt } = snapshot);
  }

  /** The current step's time starts again at the next {@link track}. */
  restart(): void {
    this.step = -1;
  }

  /** A pause or a resume at time `at`. */
  pausedOrResumed(paused: boolean, at: number): void {
    if (paused) this.pausedAt = at;
    else if (this.pausedAt !== null) {
      this.pausedFor += at - this.pausedAt;
      this.pausedAt = null;
    }
  }

  /** Ms left of a step of `totalMs` at time `now` (at least the grace, or the whole step if shorter). */
  remaining(totalMs: number, now: number): number {
    const elapsed = (this.pausedAt ?? now) - this.startedAt - this.pausedFor;
    return Math.max(totalMs - elapsed, Math.min(RESTART_GRACE_MS, totalMs));
  }
}

/** A timer that fires once per armed step. */
export class StepTimer {
  private handle: NodeJS.Timeout | null = null;
  private armedKey = '';
  private armedStep = -1;
  /** Epoch ms at which the armed step expires (null: no timer running). */
  deadline: number | null = null;
  /** Milliseconds left when paused (null: not paused with a timer). */
  private remaining: number | null = null;

  constructor(private readonly onExpire: (step: number) => void) {}

  /**
   * Makes sure the timer matches the step: a step whose time starts (a new `key`) gets `ms` (or no
   * timer when null); the same key keeps its running deadline.
   */
  sync(step: number, key: string, ms: number | null): void {
    if (key === this.armedKey) return;
    this.stop();
    this.armedKey = key;
    this.armedStep = step;
    this.remaining = null;
    if (ms !== null) this.start(step, ms);
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
