import type { GameState } from '../state/types.js';
import type { ResponseSheet } from '../flow/sheets.js';
/** Trust an observer loses in the accused, × its belief in the accusation. */
export declare const ACCUSATION_TRUST_LOSS = 0.15;
/** Trust recovered each quiet year, × the distance to full trust. */
export declare const QUIET_RECOVERY = 0.03;
/** Share of the year's regime value that accrues as welfare. */
export declare const YEARLY_SHARE = 0.2;
/** Applies the accused's answers and the consequences of every accusation of the year. */
export declare function answerAccusations(state: GameState, sheets: readonly (ResponseSheet | null)[]): void;
/** The end of an implementation year. */
export declare function endYear(state: GameState): void;
/** Clears the year's counters; called as a year begins, so harm from the rounds is not counted in year 1. */
export declare function beginYear(state: GameState): void;
