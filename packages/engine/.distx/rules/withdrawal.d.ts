import type { GameState } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
/** Applies this year's withdrawals, then checks for a lapse. */
export declare function withdraw(state: GameState, sheets: readonly (OperationsSheet | null)[]): void;
/** The convention lapses when it no longer meets its quorum. */
export declare function checkLapse(state: GameState): void;
