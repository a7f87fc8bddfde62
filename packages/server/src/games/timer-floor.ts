/**
 * The shortest step timer a class may set. A step of a second or less gives no team time to read
 * its sheet, and a 1 ms timer turns a class into a bot game that forces a step (and journals it)
 * a thousand times a second. The floor applies where timers are chosen: a game's creation and the
 * facilitator's timer control; journals written before it replay as they were.
 */
import { RequestError } from '../protocol/errors.js';
import type { TimerConfig } from '../protocol/client-messages.js';

/** The least seconds a step timer may have. */
export const MIN_STEP_SECONDS = 5;

/**
 * For tests only: an environment variable that lowers (never raises) {@link MIN_STEP_SECONDS}, so
 * that a test can let a step time out in a fraction of a second without weakening the limit.
 */
export const MIN_STEP_SECONDS_ENV = 'GENEVA_TEST_MIN_STEP_SECONDS';

/** The floor in force: {@link MIN_STEP_SECONDS}, or lower when a test sets {@link MIN_STEP_SECONDS_ENV}. */
export function minStepSeconds(): number {
  const lowered = Number(process.env[MIN_STEP_SECONDS_ENV]);
  return Number.isFinite(lowered) && lowered > 0 ? Math.min(lowered, MIN_STEP_SECONDS) : MIN_STEP_SECONDS;
}

/**
 * Refuses step timers below the floor, naming the field, in one line.
 *
 * @throws RequestError `invalid` for the first timer that is too short
 * @example
 * checkStepTimers({ seconds: 0.001 }); // throws "timer.seconds: a step timer is at least 5 seconds (0.001 asked)"
 */
export function checkStepTimers(timer: TimerConfig): void {
  const min = minStepSeconds();
  const fields: [string, number | undefined][] = [['timer.seconds', timer.seconds], ...Object.entries(timer.phases ?? {}).map(([phase, s]): [string, number | undefined] => [`timer.phases.${phase}`, s])];
  for (const [field, seconds] of fields) {
    if (seconds !== undefined && seconds < min) throw new RequestError('invalid', `${field}: a step timer is at least ${min} seconds (${seconds} asked)`);
  }
}
