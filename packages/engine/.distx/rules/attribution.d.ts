import type { GameState } from '../state/types.js';
import type { BlameSheet } from '../flow/sheets.js';
/** Publishes the victims' attributions and the body's findings of the year. */
export declare function publishAttributions(state: GameState, sheets: readonly (BlameSheet | null)[]): void;
