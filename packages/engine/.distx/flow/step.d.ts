import type { GameState } from '../state/types.js';
import { type IllegalDecision } from './legality.js';
import type { PhaseDriver } from './machine.js';
import type { Sheet } from './sheets.js';
/** Enters the first step of a fresh state. */
export declare function beginGame(state: GameState, driver: PhaseDriver): void;
/**
 * Records one seat's sheet for the current step. Returns a typed error, and changes nothing, when
 * the seat has no request, has already answered, or the sheet is illegal.
 */
export declare function submit(state: GameState, seat: number, sheet: Sheet): IllegalDecision | null;
/** Why a sheet from `seat` cannot be taken now, or null. */
export declare function admissible(state: GameState, seat: number, sheet: Sheet): IllegalDecision | null;
/** Whether every seat asked in the current step has answered. */
export declare function stepComplete(state: GameState): boolean;
/**
 * Resolves the current step if complete (or if `force`, filling missing sheets with the safe
 * fallback and recording a fault for each), then enters the next step with requests.
 */
export declare function advance(state: GameState, driver: PhaseDriver, force?: boolean): boolean;
/** Records a fault of a seat (an exception, an illegal sheet, a timeout) in the log and tally. */
export declare function recordFault(state: GameState, seat: number, reason: string): void;
