/**
 * A room as plain data: what the engine thread hands back after replaying a journal (or letting the
 * bots move), and what it is given to do so. Structured-clone safe: no class, no function.
 */
import type { GameState } from '@geneva/engine';
import type { TimerConfig } from '../protocol/client-messages.js';
import type { Notice } from './notice.js';
import type { StepClockSnapshot } from './step-timer.js';

/** Every field of a room that its journal determines. */
export interface RoomSnapshot {
  readonly state: GameState;
  readonly paused: boolean;
  readonly standIns: readonly number[];
  readonly awayStandIns: readonly number[];
  readonly sessions: readonly { readonly seat: string; readonly token: string }[];
  readonly credentials: readonly (readonly [string, { readonly token: string; readonly code: string }])[];
  readonly watchers: readonly string[];
  readonly timerConfig: TimerConfig;
  readonly arrived: readonly string[];
  readonly clockStarted: boolean;
  readonly notice: Notice | null;
  readonly clock: StepClockSnapshot;
}

/**
 * Freezes `value` and everything it holds. A state that crossed from another thread arrives as a
 * fresh, unfrozen copy; the room's state is frozen everywhere else, and stays so.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
