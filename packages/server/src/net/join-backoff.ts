/**
 * Backoff of one connection's failed joins: after {@link LIMITS.freeFailedJoins} wrong codes or
 * tokens, each next join waits 1 s, then 2 s, 4 s… (at most {@link LIMITS.joinBackoffMaxSeconds})
 * after the last failure, and is refused unchecked before then. A student guessing codes slows
 * their own connection, not the class behind the same address.
 */
import { LIMITS } from '../protocol/limits.js';
import { RequestError } from '../protocol/errors.js';

/** The failed joins of one connection. */
export class JoinBackoff {
  private failures = 0;
  private lastFailure = 0;

  constructor(
    private readonly free: number = LIMITS.freeFailedJoins,
    private readonly maxSeconds: number = LIMITS.joinBackoffMaxSeconds,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * Runs `join` unless this connection must still wait; a refusal of `join` as `unauthorized`
   * counts a failure.
   *
   * @throws RequestError `too-many-attempts` while waiting, or what `join` throws
   */
  attempt<T>(join: () => T): T {
    const waitMs = this.waitMs();
    if (waitMs > 0) throw new RequestError('too-many-attempts', `too many wrong codes on this connection: wait ${Math.ceil(waitMs / 1000)} s before trying again`);
    try {
      return join();
    } catch (error) {
      if (error instanceof RequestError && error.code === 'unauthorized') {
        this.failures += 1;
        this.lastFailure = this.clock();
      }
      throw error;
    }
  }

  /** Milliseconds until the next join may be checked (0: now). */
  private waitMs(): number {
    if (this.failures < this.free) return 0;
    const seconds = Math.min(2 ** (this.failures - this.free), this.maxSeconds);
    return this.lastFailure + seconds * 1000 - this.clock();
  }
}
